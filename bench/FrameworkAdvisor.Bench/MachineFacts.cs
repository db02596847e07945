namespace FrameworkAdvisor.Bench;

/// <summary>What the figures were measured on, as bench/run.sh wrote it down (nproc, uname -sr, tool versions).</summary>
internal sealed record MachineFacts(string Cores, string Kernel, string DotnetVersion, string NginxVersion)
{
    public static MachineFacts Read(string folder) => new(
        FactFiles.Read(folder, "cores"),
        FactFiles.Read(folder, "kernel"),
        FactFiles.Read(folder, "dotnet-version"),
        FactFiles.Read(folder, "nginx-version"));
}

using System.Globalization;

namespace FrameworkAdvisor.Bench;

/// <summary>What the bench measures on the site, as the probe-site command found it.</summary>
internal sealed record SiteFacts(
    string ComparisonPath,
    long PageBytes,
    string ContentType,
    string OfferedEncoding,
    string ResultPath,
    string ApiPath,
    string ApiBody,
    string NotFoundPath = "",
    string BadRequestPath = "")
{
    /// <summary>wrk and nginx both see identity bytes; this says whether a browser would get them compressed.</summary>
    public string EncodingNote => DescribeEncoding(OfferedEncoding);

    public static string DescribeEncoding(string offeredEncoding) => offeredEncoding.Length > 0
        ? $"identity (wrk sends no Accept-Encoding; the site would send {offeredEncoding} to a browser)"
        : "identity (the site does not compress this page)";

    public static SiteFacts Read(string folder) => new(
        FactFiles.Read(folder, "comparison-path"),
        long.Parse(FactFiles.Read(folder, "page-bytes"), CultureInfo.InvariantCulture),
        FactFiles.Read(folder, "content-type"),
        FactFiles.Read(folder, "offered-encoding"),
        FactFiles.Read(folder, "result-path"),
        FactFiles.Read(folder, "api-path"),
        FactFiles.Read(folder, "api-body"),
        FactFiles.Read(folder, "notfound-path"),
        FactFiles.Read(folder, "badrequest-path"));

    public void Write(string folder)
    {
        FactFiles.Write(folder, "comparison-path", ComparisonPath);
        FactFiles.Write(folder, "page-bytes", PageBytes.ToString(CultureInfo.InvariantCulture));
        FactFiles.Write(folder, "content-type", ContentType);
        FactFiles.Write(folder, "offered-encoding", OfferedEncoding);
        FactFiles.Write(folder, "result-path", ResultPath);
        FactFiles.Write(folder, "api-path", ApiPath);
        FactFiles.Write(folder, "api-body", ApiBody);
        FactFiles.Write(folder, "notfound-path", NotFoundPath);
        FactFiles.Write(folder, "badrequest-path", BadRequestPath);
    }
}

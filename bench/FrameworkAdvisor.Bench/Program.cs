using FrameworkAdvisor.Bench;

// The helpers bench/run.sh needs. The timers print their samples, then one "key=value" line the script parses.
return args switch
{
    ["content-load", var folder, var runs, var workDirectory] => ContentLoadTimer.Run(folder, int.Parse(runs), workDirectory),
    ["cold-start", var path, var runs, var workDirectory, "--", .. var command] when command.Length > 0 =>
        await ColdStartTimer.RunAsync(path, int.Parse(runs), workDirectory, command),
    ["free-port"] => PrintFreePort(),
    _ => Usage(),
};

static int PrintFreePort()
{
    Console.WriteLine(FreePorts.Next());
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine(
        """
        usage:
          content-load <content-folder> <runs> <work-dir>
              loads and imports the folder into SQLite <runs> times after one warm-up run; prints the median
          cold-start <page-path> <runs> <work-dir> -- <command to start the site...>
              starts the site <runs> times, each with a fresh database and port, and times process start to the
              first 200 of <page-path>
          free-port
              prints a free loopback port
        """);
    return 2;
}

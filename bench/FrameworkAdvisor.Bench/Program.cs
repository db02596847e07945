using FrameworkAdvisor.Bench;

// Everything bench/run.sh needs beyond starting processes: the timers, finding what to measure, reading wrk's
// output, and the verdicts, Markdown and exit code at the end. The timers print their samples, then one
// "key=value" line that the report reads back.
try
{
    return args switch
    {
        ["content-load", var folder, var runs, var workDirectory] => ContentLoadTimer.Run(folder, int.Parse(runs), workDirectory),
        ["cold-start", var path, var runs, var workDirectory, "--", .. var command] when command.Length > 0 =>
            await ColdStartTimer.RunAsync(path, int.Parse(runs), workDirectory, command),
        ["free-port"] => PrintFreePort(),
        ["card-timer", var site, var cards] => await CardTimer.RunAsync(new Uri(site), int.Parse(cards)),
        ["probe-site", var site, var siteFolder] => await SiteProbe.RunAsync(new Uri(site), siteFolder),
        ["scale-content", var source, var scale, var target] => ScaledContent.Run(source, scale, target),
        ["search-probe", var site, var siteFolder] => await SearchProbe.RunAsync(new Uri(site), siteFolder),
        ["wrk-round", var endpoint, var round, var wrkOutput] => PrintWrkRound(endpoint, round, wrkOutput),
        ["report", var workDirectory] =>
            BenchReport.Run(workDirectory, BenchSettings.FromEnvironment(), DateOnly.FromDateTime(DateTime.UtcNow), Console.Out),
        _ => Usage(),
    };
}
catch (BenchFailedException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    return 1;
}

static int PrintFreePort()
{
    Console.WriteLine(FreePorts.Next());
    return 0;
}

static int PrintWrkRound(string endpoint, string round, string wrkOutput)
{
    Console.WriteLine(WrkRoundLine.Format(endpoint, round, WrkReport.Read(wrkOutput)));
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
          card-timer <site-url> <cards>
              fetches <cards> distinct result pages and times each one's og:image card, cold and then cached
          free-port
              prints a free loopback port
          probe-site <site-url> <site-dir>
              finds the comparison page, a share link and an API body to measure, checks each answers 200, and
              writes them to <site-dir> (one value per file, the page itself as comparison.html)
          search-probe <site-url> <site-dir>
              finds a search page with many hits, checks it answers 200, and writes its path to <site-dir>/search-path
          scale-content <content-folder> <n> <target-folder>
              copies the content with each comparison n times under new slugs; prints the number of files
          wrk-round <endpoint> <round> <wrk-output>
              prints one aligned line for a wrk --latency run
          report <work-dir>
              reads what bench/run.sh left in <work-dir> (settings from its BENCH_* variables), prints a PASS/FAIL
              line per target and the Markdown summary, writes it to <work-dir>/summary.md; exits 1 if a target fails
        """);
    return 2;
}

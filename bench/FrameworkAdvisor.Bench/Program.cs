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
        ["soak-line", var soakDirectory] => PrintSoak(soakDirectory),
        ["half-duration", var duration] => PrintLine(SoakFigures.HalfOf(duration)),
        ["instances-same", var balancer, var shareLink, var workDirectory, .. var instances] when instances.Length > 0 =>
            await InstanceChecks.SameAsync(new Uri(balancer), shareLink, workDirectory, [.. instances.Select(i => new Uri(i))]),
        ["instances-reload", var content, var balancer, var page, var workDirectory, .. var instances] when instances.Length > 0 =>
            await InstanceChecks.ReloadAsync(content, new Uri(balancer), page, workDirectory, [.. instances.Select(i => new Uri(i))]),
        ["instances-load-line", var phase, var wrkOutput] => PrintLoad(phase, wrkOutput),
        ["instances-report", var workDirectory] => InstancesReport.Run(workDirectory, Console.Out),
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

static int PrintSoak(string soakDirectory)
{
    var soak = SoakFigures.Read(soakDirectory);
    Console.WriteLine($"  soak: {soak.RequestsPerSecond} req/s  p99 {PrintfFixed.Format(soak.P99Ms, 2)} ms  answers {soak.Statuses}  " +
        $"failed {soak.Failures}  memory {soak.MemoryStartMb} -> {soak.MemoryMiddleMb} -> {soak.MemoryEndMb} MB");
    return 0;
}

static int PrintLine(string text)
{
    Console.WriteLine(text);
    return 0;
}

static int PrintLoad(string phase, string wrkOutput)
{
    var report = WrkReport.Read(wrkOutput);
    Console.WriteLine($"  {phase}: {EndpointFigures.WholeRequests(report.RequestsPerSecond)} req/s  p99 {PrintfFixed.Format(report.P99Ms, 2)} ms  " +
        $"failed {InstancesReport.FailedRequests(wrkOutput, report)}");
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
              finds the comparison page, a share link, an API body, a 404 and a 400 to measure, checks each answers
              as expected, and writes them to <site-dir> (one value per file, the page itself as comparison.html,
              the soak's addresses as soak-urls.txt)
          search-probe <site-url> <site-dir>
              finds a search page with many hits, checks it answers 200, and writes its path to <site-dir>/search-path
          scale-content <content-folder> <n> <target-folder>
              copies the content with each comparison n times under new slugs; prints the number of files
          wrk-round <endpoint> <round> <wrk-output>
              prints one aligned line for a wrk --latency run
          soak-line <soak-dir>
              prints the soak's requests/s, p99, answers and memory before, half way and after
          half-duration <duration>
              prints half a duration given in seconds (60s gives 30s), for the soak's memory reading half way
          instances-same <balancer-url> <share-link> <work-dir> <instance-url>...
              compares every page's bytes and ETag across the instances; writes pages.txt and same.txt
          instances-reload <content-dir> <balancer-url> <page-path> <work-dir> <instance-url>...
              edits the first comparison and times until every instance serves it; checks no page mixes versions
          instances-load-line <phase> <wrk-output>
              prints one line for a load phase run with bench/soak.lua
          instances-report <work-dir>
              prints a PASS/FAIL line per check of bench/instances.sh and the Markdown; exits 1 if one fails
          report <work-dir>
              reads what bench/run.sh left in <work-dir> (settings from its BENCH_* variables), prints a PASS/FAIL
              line per target and the Markdown summary, writes it to <work-dir>/summary.md; exits 1 if a target fails
        """);
    return 2;
}

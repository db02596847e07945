using FrameworkAdvisor.Bench;

// The C# half of bench/run.sh and bench/instances.sh, which start and drive the processes: the arithmetic on what
// they measured (medians, ratios, verdicts, the Markdown) and the one timing that must run in-process.
try
{
    return args switch
    {
        ["content-load", var content, var runs, var work, .. var scales] when scales.Length > 0 =>
            ContentLoadTimer.Run(content, int.Parse(runs), work, scales.Select(int.Parse)),
        ["report", var work] => Report.Run(work, DateOnly.FromDateTime(DateTime.UtcNow), Console.Out),
        ["instances", var work] => InstancesReport.Run(work, Console.Out),
        ["flood", var work] => Flood.Run(work, Console.Out),
        ["links", var questionnaire, var count] => Links(questionnaire, int.Parse(count)),
        _ => Usage(),
    };
}
catch (Exception ex) when (ex is BenchFailedException or IOException or FormatException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    return 1;
}

static int Links(string questionnaire, int count)
{
    foreach (var link in ShareLinks.Distinct(File.ReadAllText(questionnaire), count))
    {
        Console.Out.Write(link + "\n");
    }

    return 0;
}

static int Usage()
{
    Console.Error.WriteLine(
        """
        usage:
          content-load <content-folder> <runs> <work-dir> <scale>...
              for each scale, copies the content that many times and times <runs> loads and imports after a warm-up;
              prints one JSON line per scale
          report <work-dir>
              judges what bench/run.sh left in <work-dir>; prints a PASS/FAIL line per target and the Markdown
              (saved as summary.md); exits 1 if a target fails
          instances <work-dir>
              the same for what bench/instances.sh left there
          flood <work-dir>
              judges the flood run bench/run.sh left there (saved as flood.md); exits 1 if a target fails
          links <questionnaire.json> <count>
              prints <count> distinct share-link queries in the site's own spelling, one a line
        """);
    return 2;
}

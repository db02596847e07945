namespace FrameworkAdvisor.Bench;

/// <summary>The bench cannot go on: a file it needs is missing or the site does not answer as expected.</summary>
internal sealed class BenchFailedException(string message) : Exception(message);

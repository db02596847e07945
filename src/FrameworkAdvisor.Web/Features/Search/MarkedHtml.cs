using System.Text;
using System.Text.Encodings.Web;
using FrameworkAdvisor.Store.Search;

namespace FrameworkAdvisor.Web.Features.Search;

/// <summary>
/// The one place marked text becomes HTML, for the search page and the API alike: every run is HTML-escaped, and the
/// only markup is our own &lt;mark&gt; around the matched words.
/// </summary>
public static class MarkedHtml
{
    public static string Of(MarkedText text)
    {
        var html = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var escaped = HtmlEncoder.Default.Encode(run.Text);
            html.Append(run.IsMatch ? $"<mark>{escaped}</mark>" : escaped);
        }

        return html.ToString();
    }
}

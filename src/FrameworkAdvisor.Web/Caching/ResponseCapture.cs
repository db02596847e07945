using System.IO.Pipelines;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// Stands in for the response body while a GET or HEAD runs through the pipeline, passing every byte on at once. As
/// the response starts it decides what the answer is: a page (a 200 from a <see cref="CachedPageAttribute"/>
/// endpoint, which then gets its validators), an error page (the site's 404 page, or a 400 from such an endpoint
/// refusing what its URL asks), or neither. For the first two it keeps a copy of the bytes, up to a limit.
/// </summary>
internal sealed class ResponseCapture(IHttpResponseBodyFeature inner, HttpContext context, Func<string> etag, int maxBytes)
    : Stream, IHttpResponseBodyFeature
{
    /// <summary>How long browsers may use a page before they revalidate it.</summary>
    public const string BrowserCacheControl = "public, max-age=60";

    private MemoryStream? _copy;
    private bool _decided;
    private PipeWriter? _writer;

    /// <summary>What the response turned out to be, once it has started; null when it is not kept.</summary>
    public CachedKind? Kind { get; private set; }

    /// <summary>The bytes sent, when the whole body was kept.</summary>
    public byte[]? Body => Kind is null ? null : _copy?.ToArray() ?? [];

    public Stream Stream => this;

    public PipeWriter Writer => _writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The statuses of the work limits' refusals, whose pages say only "try again shortly".</summary>
    public static bool IsBusy(int status) => status is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status429TooManyRequests;

    /// <summary>
    /// Sets the headers that let browsers and shared caches keep a page and revalidate it. An endpoint that knows its
    /// answer can be kept longer (a versioned stylesheet) says so by setting Cache-Control itself, which is kept.
    /// </summary>
    public static void SetValidators(IHeaderDictionary headers, string etag)
    {
        headers.ETag = etag;
        if (headers.CacheControl.Count == 0)
        {
            headers.CacheControl = BrowserCacheControl;
        }

        // Every page exists in identity, gzip and Brotli forms; say so on the identity form too (the compression
        // step only says it when it compresses), so a shared cache never hands one form to every client.
        headers.Vary = "Accept-Encoding";
    }

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        Decide();
        return inner.StartAsync(cancellationToken);
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        Decide();
        return Kind is null
            ? inner.SendFileAsync(path, offset, count, cancellationToken)
            : SendFileFallback.SendFileAsync(this, path, offset, count, cancellationToken);
    }

    /// <summary>Flushes what was written through <see cref="Writer"/>; the response itself is completed by the server.</summary>
    public async Task CompleteAsync()
    {
        if (_writer is not null)
        {
            await _writer.FlushAsync();
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await inner.Stream.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Stream.Write(buffer, offset, count);
    }

    public override void Flush() => inner.Stream.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.Stream.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        Decide();
        if (Kind is null)
        {
            return;
        }

        _copy ??= new MemoryStream();
        if (_copy.Length + bytes.Length > maxBytes)
        {
            // Too big to be worth keeping: stop copying, and keep nothing.
            Kind = null;
            _copy = null;
            return;
        }

        _copy.Write(bytes);
    }

    private void Decide()
    {
        if (_decided)
        {
            return;
        }

        _decided = true;
        var response = context.Response;
        if (response.Headers.CacheControl.Any(value => value?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true))
        {
            // An answer that says it must not be stored (a 404 that went without its suggestions) is never kept.
            return;
        }

        var anonymous = response.Headers.SetCookie.Count == 0;
        var isPageEndpoint = context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is not null;
        if (response.StatusCode == StatusCodes.Status200OK && isPageEndpoint && anonymous)
        {
            Kind = CachedKind.Page;
            SetValidators(response.Headers, etag());
        }
        else if (response.StatusCode == StatusCodes.Status404NotFound && context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            // The site's 404 page, rendered for an address nothing else answered.
            Kind = CachedKind.ErrorPage;
        }
        else if (IsBusy(response.StatusCode) && context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            // The site's page for a request the work limits refused, kept under its own address (see PageCache).
            Kind = CachedKind.ErrorPage;
        }
        else if (response.StatusCode == StatusCodes.Status400BadRequest && isPageEndpoint && anonymous)
        {
            // A page refusing what its URL asks (an unreadable share link): as pure a function of the URL as the
            // page itself, so kept, though never offered to other caches.
            Kind = CachedKind.ErrorPage;
        }
    }
}

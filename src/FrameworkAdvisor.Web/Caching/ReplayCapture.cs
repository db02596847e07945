using System.IO.Pipelines;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// Stands in for the response body while a GET runs through the pipeline, passing every byte on at once. When the
/// response turns out to be one the replay keeps (decided as it starts: a page the page cache policy marked, or a
/// 404 or 400 page), it also keeps a copy of the bytes, up to a limit. Anything else, static files included, only
/// passes through.
/// </summary>
internal sealed class ReplayCapture(IHttpResponseBodyFeature inner, HttpContext context, int maxBytes) : Stream, IHttpResponseBodyFeature
{
    private MemoryStream? _copy;
    private bool _decided;
    private PipeWriter? _writer;

    /// <summary>What the response turned out to be, once it has started; null when it is not kept.</summary>
    public ReplayKind? Kind { get; private set; }

    /// <summary>The bytes sent, when the whole body was kept.</summary>
    public byte[]? Body => Kind is null ? null : _copy?.ToArray() ?? [];

    public Stream Stream => this;

    public PipeWriter Writer => _writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Called by the page cache policy (and for error pages here) as the response starts.</summary>
    public static void Mark(HttpContext context, ReplayKind kind) => context.Items[typeof(ReplayCapture)] = kind;

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
        var status = context.Response.StatusCode;
        if (context.Items.TryGetValue(typeof(ReplayCapture), out var marked) && marked is ReplayKind kind)
        {
            Kind = kind;
        }
        else if (status == StatusCodes.Status404NotFound && context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            // The site's 404 page, rendered for an address nothing else answered.
            Kind = ReplayKind.ErrorPage;
        }
        else if (status == StatusCodes.Status400BadRequest && context.Response.Headers.SetCookie.Count == 0
            && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == PageCachePolicy.Name)
        {
            // A page refusing what the URL asks (the chooser's unreadable share link): as pure a function of the URL
            // as the page itself, so replayed, though never shared with other caches.
            Kind = ReplayKind.ErrorPage;
        }
    }
}

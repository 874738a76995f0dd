using System.Text.Json;

namespace Reelwright.PromptBenchmarks;

/// <summary>
/// One query the benchmark times: the path of its next request (it may walk, e.g. page after page) and what to take from
/// each answer (e.g. the next cursor), read after the clock has stopped.
/// </summary>
public sealed class MeasuredQuery(string name, Func<string> nextPath, Action<JsonElement>? read = null)
{
    public string Name { get; } = name;

    /// <summary>The path of the latest request, for the record.</summary>
    public string? LastPath { get; private set; }

    public string NextPath() => LastPath = nextPath();

    public void Read(JsonElement body) => read?.Invoke(body);

    /// <summary>GET /api/prompts/{id}: every version of one prompt (the tree's edges are the parent numbers) and its labels.</summary>
    public static MeasuredQuery HistoryTree(Guid promptId, int versions) =>
        new($"history tree (one prompt, {versions} versions)", () => $"/api/prompts/{promptId}");

    /// <summary>
    /// GET /api/generations?authorId=…&amp;limit=20, following nextCursor pagesDeep pages (or to the end of a short
    /// history), then from the top again.
    /// </summary>
    public static MeasuredQuery KeysetPages(string whose, Guid authorId, int pagesDeep)
    {
        string? cursor = null;
        var page = 0;
        return new MeasuredQuery($"keyset page of {whose} clips (pages 1-{pagesDeep})",
            () =>
            {
                if (page == pagesDeep)
                    (cursor, page) = (null, 0);
                page++;
                return $"/api/generations?authorId={authorId}&limit=20" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            },
            body =>
            {
                cursor = body.GetProperty("nextCursor").GetString();
                if (cursor is null)
                    page = pagesDeep;
            });
    }

    /// <summary>GET /health: what any request through the in-process API costs at least (routing, the test server, HttpClient).</summary>
    public static MeasuredQuery Floor() => new("floor: GET /health (no database)", () => "/health");

    /// <summary>GET /api/prompts/{id}?label=approved over many prompts in turn, so the cache holds what a real mix would.</summary>
    public static MeasuredQuery LabelResolution(IReadOnlyList<Guid> promptIds)
    {
        var next = 0;
        return new MeasuredQuery($"label resolution (?label=approved, {promptIds.Count} prompts in turn)",
            () => $"/api/prompts/{promptIds[next++ % promptIds.Count]}?label=approved");
    }
}

namespace Reelwright.Web.Studio;

/// <summary>
/// What the clip library narrows the caller's visible clips to; every part is optional and they combine. The dates
/// are whole days, both included, counted in UTC (the API takes instants: created at or after From, before To). A
/// prompt (and version) narrows it to the clips generated from it.
/// </summary>
public sealed record ClipSearch(
    string? Text = null,
    string? ModelId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool FavouritesOnly = false,
    Guid? PromptId = null,
    int? PromptVersion = null);

namespace Reelwright.Web.Studio;

/// <summary>A published clip named in another's lineage: the one it was remixed from, or one remixed from it.</summary>
public sealed record LineageView(Guid Id, string Title, string AuthorName);

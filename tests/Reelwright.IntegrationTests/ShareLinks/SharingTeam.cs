using Reelwright.IntegrationTests.Review;
using Xunit;

namespace Reelwright.IntegrationTests.ShareLinks;

/// <summary>
/// The share link classes share one team (owner, editor, reviewers, viewer, outsider) and its worker: each test makes
/// its own clips and links, so none depends on another. Wrong passphrases from the in-memory client all count against one
/// address; the classes stay well under its 20, and the per-address test uses addresses of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharingTeam : ICollectionFixture<ReviewTeam>
{
    public const string Name = "Sharing";
}

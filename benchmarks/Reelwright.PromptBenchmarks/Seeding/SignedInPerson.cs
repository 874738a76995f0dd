namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>A seeded person, signed in through the API: the token is what the measured requests carry.</summary>
public sealed record SignedInPerson(Guid UserId, string Name, string Token);

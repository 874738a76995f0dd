using Xunit;

namespace Reelwright.UnitTests.Inference;

/// <summary>Tests that run the real network share one loaded model and run one after another (each uses every core).</summary>
[CollectionDefinition(Name)]
public sealed class MiniSoraShapesCollection : ICollectionFixture<MiniSoraShapesModel>
{
    public const string Name = "MiniSora-Shapes model";
}

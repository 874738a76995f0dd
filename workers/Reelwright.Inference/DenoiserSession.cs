using Microsoft.ML.OnnxRuntime;

namespace Reelwright.Inference;

/// <summary>A created session and where its optimised graph came from; whoever receives it owns the session.</summary>
public sealed record DenoiserSession(InferenceSession Session, OptimizedGraphSource Source);

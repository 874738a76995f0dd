namespace Reelwright.Web.Studio;

public sealed record ReproducibilityView(string ModelSha256, string OnnxRuntimeVersion, string ExecutionProvider, string Sampler);

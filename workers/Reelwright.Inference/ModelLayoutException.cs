namespace Reelwright.Inference;

/// <summary>
/// A network's inputs or outputs are not the ones its pipeline feeds and reads (renamed, another element type, a
/// shape that cannot fit): found when the model loads, so the model is marked unavailable with this reason instead of
/// failing deep inside the first job.
/// </summary>
public sealed class ModelLayoutException(string message) : Exception(message);

namespace Reelwright.Models;

/// <summary>A manifest.json that is missing, unreadable or describes an unusable model.</summary>
public sealed class ModelManifestException(string message, Exception? innerException = null)
    : Exception(message, innerException);

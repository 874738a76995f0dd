namespace Reelwright.Worker.Storage;

/// <summary>The blob store could not be reached or refused the clip through every retry: the job fails with this reason.</summary>
public sealed class ClipStorageException(string message, Exception inner) : Exception(message, inner);

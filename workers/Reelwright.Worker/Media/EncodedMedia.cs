namespace Reelwright.Worker.Media;

/// <summary>One encoded file, ready to upload: its bytes, what a browser should call it, and how to name it.</summary>
public sealed record EncodedMedia(ReadOnlyMemory<byte> Content, string ContentType, string FileExtension);

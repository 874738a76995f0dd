namespace Reelwright.Contracts;

/// <summary>Where the encoded clip, its poster and its animated preview live in the blob store.</summary>
public sealed record ClipMedia(
    string Container,
    string VideoBlob,
    long VideoBytes,
    string VideoSha256,
    string PosterBlob,
    long PosterBytes,
    string PreviewBlob,
    long PreviewBytes);

namespace Reelwright.Worker.Media;

/// <summary>Everything the studio shows for one clip.</summary>
/// <param name="Video">H.264 MP4 for the player.</param>
/// <param name="Poster">PNG of the middle frame, shown before the video plays.</param>
/// <param name="Preview">Looping animated GIF for the history strip.</param>
/// <param name="VideoSha256">Lowercase hex SHA-256 of the MP4; the same frames give the same hash.</param>
public sealed record EncodedClip(EncodedMedia Video, EncodedMedia Poster, EncodedMedia Preview, string VideoSha256);

namespace Reelwright.Web.Studio;

/// <summary>
/// A review comment's place on a clip: frames are 0-based and the range is inclusive (EndFrame == StartFrame for one
/// frame). X and Y, when present, point at a spot in the picture, normalised to [0, 1] from its top-left corner.
/// </summary>
public sealed record FrameMarker(Guid Id, int StartFrame, int EndFrame, double? X, double? Y, bool Resolved, string Label);

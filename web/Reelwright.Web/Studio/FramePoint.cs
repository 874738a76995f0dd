namespace Reelwright.Web.Studio;

/// <summary>A spot the reviewer clicked on a frame (0-based), with X and Y normalised to [0, 1] from the picture's top-left.</summary>
public readonly record struct FramePoint(int Frame, double X, double Y);

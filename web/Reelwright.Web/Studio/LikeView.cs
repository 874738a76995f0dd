namespace Reelwright.Web.Studio;

/// <summary>A clip's likes after liking or unliking it.</summary>
public sealed record LikeView(int LikeCount, bool LikedByMe);

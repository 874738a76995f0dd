namespace Reelwright.Api.Gallery;

/// <summary>A clip's likes after the caller's like or unlike.</summary>
public sealed record LikeResponse(int LikeCount, bool LikedByMe);

namespace Reelwright.Data.Activity;

/// <summary>What happened in a project; also the event names webhooks subscribe to.</summary>
public enum ActivityKind
{
    /// <summary>A clip finished generating.</summary>
    Generated,

    /// <summary>A comment or reply was written.</summary>
    Commented,

    /// <summary>A review was requested.</summary>
    ReviewRequested,

    /// <summary>A reviewer approved or requested changes.</summary>
    Decided,

    /// <summary>A prompt label moved (prompt versioning).</summary>
    Labelled,
}

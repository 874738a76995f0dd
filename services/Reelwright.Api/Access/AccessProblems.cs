using Reelwright.Data.Teams;

namespace Reelwright.Api.Access;

/// <summary>
/// The two refusals. Outside one's rights a resource does not exist (404), so ids of other people's work leak nothing;
/// a member who can see a thing but lacks the role to change it is told which role it takes (403).
/// </summary>
public static class AccessProblems
{
    public static IResult NotFound(string what) =>
        TypedResults.Problem(title: $"No such {what}.", detail: $"There is no {what} with this id that you can see.", statusCode: StatusCodes.Status404NotFound);

    public static IResult RoleRequired(TeamRole needed, TeamRole actual, string toDo) =>
        TypedResults.Problem(
            title: "Your role does not allow this.",
            detail: $"{toDo} takes the {needed} role or higher in this team; you are {actual}.",
            statusCode: StatusCodes.Status403Forbidden);

    public static IResult NotYours(string toDo) =>
        TypedResults.Problem(
            title: "Your role does not allow this.",
            detail: $"Only the author or an owner of the team can {toDo}.",
            statusCode: StatusCodes.Status403Forbidden);
}

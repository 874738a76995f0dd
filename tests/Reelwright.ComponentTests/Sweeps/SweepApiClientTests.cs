using System.Net;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sweeps;

/// <summary>How the web app sends a sweep and reads the Sweeps API's answers (the wire format, without a server).</summary>
public sealed class SweepApiClientTests
{
    private static readonly SweepRequest Request = new(
        null, null, "a {{colour}} circle", new Dictionary<string, IReadOnlyList<string>> { ["colour"] = ["red", "blue"] },
        null, "minisora-shapes", [1, 2], null, null);

    [Fact]
    public async Task A_queued_sweep_comes_back_with_its_cells_values_and_generations()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Created, """
            {"id":"0199b000-0000-7000-8000-000000000001","projectId":"0199b000-0000-7000-8000-000000000002","name":"a {{colour}} circle",
             "axes":["colour","seed"],"cellCount":1,"done":0,"succeeded":0,"failed":0,"canceled":0,
             "createdAt":"2026-11-25T14:43:44+00:00","canceledAt":null,
             "cells":[{"values":{"colour":"red","seed":"1"},"generation":{"id":"01a21329-9fe3-761a-8700-2c24fdd2523d","status":"Queued",
               "modelId":"minisora-shapes","prompt":"a red circle","negativePrompt":"","seed":1,"steps":20,"guidance":1.5,"currentStep":0,
               "totalSteps":20,"failureReason":null,"workerName":null,"executionProvider":null,"createdAt":"2026-11-25T14:43:44+00:00",
               "startedAt":null,"completedAt":null,"clip":null}}]}
            """);

        var result = await WireClients.Over(handler).CreateSweepAsync(Request, TestContext.Current.CancellationToken);

        Assert.Equal(["colour", "seed"], result.Sweep!.Axes);
        var cell = Assert.Single(result.Sweep.Cells);
        Assert.Equal("red", cell.ValueOn("colour"));
        Assert.Equal(GenerationStatus.Queued, cell.Generation.Status);
        Assert.Equal("/api/sweeps", handler.Request!.RequestUri!.AbsolutePath);
        Assert.Contains("\"variables\":{\"colour\":[\"red\",\"blue\"]}", handler.Body);
        Assert.Contains("\"seeds\":[1,2]", handler.Body);
    }

    [Fact]
    public async Task A_refused_sweep_comes_back_keyed_by_field()
    {
        var handler = new AnsweringHandler(HttpStatusCode.BadRequest, """
            {"title":"The sweep is not valid; nothing was queued.","status":400,"errors":{"cells":["This sweep has 400 cells; the limit is 100."]}}
            """);

        var result = await WireClients.Over(handler).CreateSweepAsync(Request, TestContext.Current.CancellationToken);

        Assert.Null(result.Sweep);
        Assert.Equal(["This sweep has 400 cells; the limit is 100."], result.Errors["cells"]);
    }

    [Fact]
    public async Task A_role_too_low_comes_back_as_a_complaint_about_the_whole_request()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Forbidden, """
            {"title":"Forbidden","status":403,"detail":"Running sweeps in this project needs the Editor role; you are a Viewer."}
            """);

        var result = await WireClients.Over(handler).CreateSweepAsync(Request, TestContext.Current.CancellationToken);

        Assert.Equal(["Running sweeps in this project needs the Editor role; you are a Viewer."], result.Errors[""]);
    }

    [Fact]
    public async Task The_list_asks_for_one_projects_sweeps_when_given_one()
    {
        var projectId = Guid.NewGuid();
        var handler = new AnsweringHandler(HttpStatusCode.OK, "[]");

        await WireClients.Over(handler).GetSweepsAsync(projectId, TestContext.Current.CancellationToken);

        Assert.Equal($"/api/sweeps?projectId={projectId}", handler.Request!.RequestUri!.PathAndQuery);
    }
}

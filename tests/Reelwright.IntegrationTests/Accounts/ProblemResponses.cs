using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Xunit;

namespace Reelwright.IntegrationTests.Accounts;

/// <summary>Reading the API's refusals as a client would: the status, then the ProblemDetails that explains it.</summary>
public static class ProblemResponses
{
    public static async Task<ProblemDetails> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>A 400 whose errors are keyed by exactly these fields.</summary>
    public static async Task<ValidationProblemDetails> ValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 but got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken))!;
        Assert.Equal(fields.Order(), problem.Errors.Keys.Order());
        return problem;
    }

    public static async Task<T> OkAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<T>(Generations.StudioFixture.Json, TestContext.Current.CancellationToken))!;
    }
}

using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Reelwright.Web.Components.Pages.Projects;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Pages;

/// <summary>A project's webhooks: listing, adding one (its secret shown once), testing, disabling and the delivery log.</summary>
public sealed class ProjectWebhooksTests : StudioTestContext
{
    private readonly ProjectView _project = Sample.Project("Spring campaign", TeamRole.Owner);

    public ProjectWebhooksTests() => Api.Me = Api.Me with { Projects = [_project] };

    [Fact]
    public void Webhooks_are_listed_with_their_events_or_all_events_and_when_they_were_disabled()
    {
        var some = Webhook("https://hooks.example.test/reviews", ["ReviewRequested", "Decided"]);
        var all = Webhook("https://hooks.example.test/all", []) with { DisabledAt = Sample.Noon.AddHours(3) };
        Api.Webhooks[_project.Id] = [some, all];

        var cut = RenderWebhooks();

        Assert.Equal([some.Id.ToString(), all.Id.ToString()], cut.FindAll("tr[data-webhook-id]").Select(r => r.GetAttribute("data-webhook-id")));
        var someRow = cut.Find($"tr[data-webhook-id='{some.Id}']");
        Assert.Contains("https://hooks.example.test/reviews", someRow.TextContent);
        Assert.Equal("ReviewRequested, Decided", someRow.QuerySelector(".events")!.TextContent);
        Assert.Contains("2025-11-25 12:00 UTC", someRow.TextContent);
        Assert.NotNull(someRow.QuerySelector(".disable-webhook"));
        var allRow = cut.Find($"tr[data-webhook-id='{all.Id}']");
        Assert.Equal("all events", allRow.QuerySelector(".events")!.TextContent);
        Assert.Equal("2025-11-25 15:00 UTC", allRow.QuerySelector(".disabled-at")!.TextContent);
        Assert.Contains("disabled", allRow.ClassList);
        Assert.Null(allRow.QuerySelector(".disable-webhook"));
        Assert.Null(allRow.QuerySelector(".test-webhook"));
        Assert.Contains("Spring campaign", cut.Find("h1").TextContent);
    }

    [Fact]
    public void A_project_without_webhooks_says_so()
    {
        var cut = RenderWebhooks();

        Assert.NotNull(cut.Find("#no-webhooks"));
    }

    [Fact]
    public void Adding_one_sends_the_url_and_the_checked_events_and_shows_the_secret_once_with_how_it_signs()
    {
        Api.NextWebhookSecret = "whsec_s3cr3t_0123456789";
        var cut = RenderWebhooks();

        cut.Find("#webhook-url").Input("  https://hooks.example.test/in  ");
        cut.Find("[data-event=Decided]").Change(true);
        cut.Find("[data-event=Generated]").Change(true);
        cut.Find("#create-webhook").Click();

        var (projectId, url, events) = Assert.Single(Api.CreatedWebhooks);
        Assert.Equal((_project.Id, "https://hooks.example.test/in"), (projectId, url));
        Assert.Equal(["Generated", "Decided"], events);
        Assert.Equal("whsec_s3cr3t_0123456789", cut.Find("#webhook-secret").GetAttribute("value"));
        Assert.Contains("will not be shown again", cut.Find("#new-webhook .warning").TextContent);
        Assert.Contains("X-Reelwright-Signature: sha256=HMAC(secret, timestamp.body)", cut.Find("#new-webhook").TextContent);
        Assert.Contains("https://hooks.example.test/in", cut.Find("tbody").TextContent);
        Assert.Equal("", cut.Find("#webhook-url").GetAttribute("value"));
        Assert.All(cut.FindAll("[data-event]"), box => Assert.False(box.HasAttribute("checked")));

        cut.Find("#dismiss-secret").Click();

        Assert.Empty(cut.FindAll("#new-webhook"));
        Assert.DoesNotContain("whsec_s3cr3t_0123456789", cut.Markup);
    }

    [Fact]
    public void With_no_event_checked_it_asks_for_all_of_them()
    {
        var cut = RenderWebhooks();

        cut.Find("#webhook-url").Input("https://hooks.example.test/in");
        cut.Find("[data-event=Commented]").Change(true);
        cut.Find("[data-event=Commented]").Change(false);
        cut.Find("#create-webhook").Click();

        Assert.Empty(Assert.Single(Api.CreatedWebhooks).Events);
        Assert.Equal("all events", cut.Find("tbody .events").TextContent);
    }

    [Fact]
    public void Opening_the_page_again_never_shows_an_earlier_secret()
    {
        Api.NextWebhookSecret = "whsec_s3cr3t_0123456789";
        var first = RenderWebhooks();
        first.Find("#webhook-url").Input("https://hooks.example.test/in");
        first.Find("#create-webhook").Click();
        Assert.NotNull(first.Find("#webhook-secret"));

        var reopened = RenderWebhooks();

        Assert.Empty(reopened.FindAll("#new-webhook"));
        Assert.DoesNotContain("whsec_s3cr3t_0123456789", reopened.Markup);
    }

    [Fact]
    public void Refused_fields_are_shown_beside_the_url_and_the_events()
    {
        Api.Refusals[nameof(IStudioApi.CreateWebhookAsync)] = new StudioProblemException(HttpStatusCode.BadRequest, new Dictionary<string, string[]>
        {
            ["url"] = ["The URL must be absolute http:// or https://."],
            ["events"] = ["Unknown events: Exploded."],
        });
        var cut = RenderWebhooks();

        cut.Find("#webhook-url").Input("ftp://nope");
        cut.Find("#create-webhook").Click();

        Assert.Equal("The URL must be absolute http:// or https://.", cut.Find("label:has(#webhook-url) .field-error[data-field=url]").TextContent);
        Assert.Equal("true", cut.Find("#webhook-url").GetAttribute("aria-invalid"));
        Assert.Equal("Unknown events: Exploded.", cut.Find("fieldset.events .field-error[data-field=events]").TextContent);
        Assert.Empty(cut.FindAll("#new-webhook"));
        Assert.Equal("ftp://nope", cut.Find("#webhook-url").GetAttribute("value"));
    }

    [Fact]
    public void Disabling_asks_the_api_and_shows_it_disabled()
    {
        var webhook = Webhook("https://hooks.example.test/in", []);
        Api.Webhooks[_project.Id] = [webhook];
        var cut = RenderWebhooks();

        cut.Find($"tr[data-webhook-id='{webhook.Id}'] .disable-webhook").Click();

        Assert.Equal([(_project.Id, webhook.Id)], Api.DisabledWebhooks);
        var row = cut.Find($"tr[data-webhook-id='{webhook.Id}']");
        Assert.Contains("disabled", row.ClassList);
        Assert.Equal("2025-11-25 13:00 UTC", row.QuerySelector(".disabled-at")!.TextContent);
        Assert.Null(row.QuerySelector(".disable-webhook"));
    }

    [Fact]
    public void Sending_a_test_asks_the_api_and_opens_the_log_with_the_ping_pending()
    {
        var webhook = Webhook("https://hooks.example.test/in", []);
        Api.Webhooks[_project.Id] = [webhook];
        var cut = RenderWebhooks();

        cut.Find($"tr[data-webhook-id='{webhook.Id}'] .test-webhook").Click();

        Assert.Equal([(_project.Id, webhook.Id)], Api.TestedWebhooks);
        Assert.Equal(2, Api.WebhookListRequests);
        var ping = cut.Find("#webhook-deliveries tr[data-delivery-id]");
        Assert.Equal("Pending", ping.GetAttribute("data-status"));
        Assert.Contains("Ping", ping.TextContent);
        Assert.Contains("next 2025-11-25 14:00 UTC", ping.TextContent);
    }

    [Fact]
    public void A_refused_test_says_why_on_its_webhooks_row()
    {
        var webhook = Webhook("https://hooks.example.test/in", []);
        Api.Webhooks[_project.Id] = [webhook];
        Api.Refusals[nameof(IStudioApi.TestWebhookAsync)] = new StudioProblemException(HttpStatusCode.Conflict,
            new Dictionary<string, string[]> { [""] = ["A ping carries the project's newest activity as a sample; try again once there is some."] });
        var cut = RenderWebhooks();

        cut.Find($"tr[data-webhook-id='{webhook.Id}'] .test-webhook").Click();

        Assert.Contains("try again once there is some", cut.Find($"tr[data-webhook-id='{webhook.Id}'] .field-error").TextContent);
        Assert.Empty(cut.FindAll("#webhook-deliveries"));
    }

    [Fact]
    public void The_delivery_log_shows_each_attempts_outcome_and_refreshes_on_request()
    {
        var webhook = Webhook("https://hooks.example.test/in", []);
        Api.Webhooks[_project.Id] = [webhook];
        var failed = Delivery("Generated", "Failed", attempts: 6, 500, "Attempt 6: HTTP 500 Internal Server Error");
        var delivered = Delivery("Commented", "Delivered", attempts: 1, 204, lastError: null) with { DeliveredAt = Sample.Noon.AddMinutes(1) };
        Api.WebhookDeliveries[webhook.Id] = [failed, delivered];
        var cut = RenderWebhooks();

        cut.Find($"tr[data-webhook-id='{webhook.Id}'] .deliveries-toggle").Click();

        Assert.Equal(["Failed", "Delivered"], cut.FindAll("#webhook-deliveries tr[data-delivery-id]").Select(r => r.GetAttribute("data-status")));
        var failedRow = cut.Find($"tr[data-delivery-id='{failed.Id}']");
        Assert.Contains("500", failedRow.TextContent);
        Assert.Equal("Attempt 6: HTTP 500 Internal Server Error", failedRow.QuerySelector(".last-error")!.TextContent);
        Assert.Contains("2025-11-25 12:01 UTC", cut.Find($"tr[data-delivery-id='{delivered.Id}']").TextContent);

        var retried = Delivery("Decided", "Pending", attempts: 1, null, "Attempt 1: no answer in 10 s") with { NextAttemptAt = Sample.Noon.AddMinutes(5) };
        Api.WebhookDeliveries[webhook.Id].Insert(0, retried);
        cut.Find("#refresh-deliveries").Click();

        Assert.Equal(["Pending", "Failed", "Delivered"], cut.FindAll("#webhook-deliveries tr[data-delivery-id]").Select(r => r.GetAttribute("data-status")));
        Assert.Equal([(_project.Id, webhook.Id), (_project.Id, webhook.Id)], Api.DeliveryLogRequests);

        cut.Find($"tr[data-webhook-id='{webhook.Id}'] .deliveries-toggle").Click();

        Assert.Empty(cut.FindAll("#webhook-deliveries"));
    }

    [Fact]
    public void Someone_who_is_not_an_owner_sees_the_apis_refusal_instead_of_the_page()
    {
        Api.Refusals[nameof(IStudioApi.GetWebhooksAsync)] = new StudioProblemException(HttpStatusCode.Forbidden,
            new Dictionary<string, string[]> { [""] = ["Managing webhooks takes the Owner role or higher in this team; you are Editor."] });

        var cut = RenderWebhooks();

        Assert.Equal("Managing webhooks takes the Owner role or higher in this team; you are Editor.", cut.Find(".field-error").TextContent);
        Assert.Empty(cut.FindAll("#webhook-url"));
        Assert.Empty(cut.FindAll("#create-webhook"));
        Assert.Empty(cut.FindAll("#no-webhooks"));
    }

    [Fact]
    public void When_the_api_is_unreachable_the_page_says_so()
    {
        Api.Unreachable = new HttpRequestException("Connection refused");

        var cut = RenderWebhooks();

        Assert.Contains("The Studio API is not reachable", cut.Find(".load-error[role=alert]").TextContent);
    }

    [Fact]
    public void Buttons_are_disabled_until_the_page_is_interactive()
    {
        Api.Webhooks[_project.Id] = [Webhook("https://hooks.example.test/in", [])];
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = RenderWebhooks();

        Assert.True(cut.Find("#create-webhook").HasAttribute("disabled"));
        Assert.True(cut.Find(".disable-webhook").HasAttribute("disabled"));
        Assert.True(cut.Find(".test-webhook").HasAttribute("disabled"));
    }

    private static WebhookView Webhook(string url, IReadOnlyList<string> events) => new(Guid.NewGuid(), url, events, Sample.Noon, DisabledAt: null);

    private static WebhookDeliveryView Delivery(string kind, string status, int attempts, int? lastStatusCode, string? lastError) =>
        new(Guid.NewGuid(), kind, status, attempts, lastStatusCode, lastError, Sample.Noon, DeliveredAt: null, NextAttemptAt: null);

    private IRenderedComponent<ProjectWebhooks> RenderWebhooks() => Render<ProjectWebhooks>(p => p.Add(c => c.ProjectId, _project.Id));
}

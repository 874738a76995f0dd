using Reelwright.Api.Generations;
using Xunit;

namespace Reelwright.UnitTests.Generations;

public sealed class HistoryCursorTests
{
    [Fact]
    public void A_cursor_survives_the_round_trip_through_a_client()
    {
        var cursor = new HistoryCursor(new DateTimeOffset(2026, 11, 25, 14, 43, 44, TimeSpan.Zero).AddTicks(7394610), Guid.CreateVersion7());

        Assert.True(HistoryCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("MTIzNDU")]
    [InlineData("!!!")]
    public void Anything_the_api_did_not_hand_out_is_rejected(string text)
    {
        Assert.False(HistoryCursor.TryDecode(text, out _));
    }
}

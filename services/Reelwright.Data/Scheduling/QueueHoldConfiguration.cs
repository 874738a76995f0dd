using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Reelwright.Data.Scheduling;

internal sealed class QueueHoldConfiguration : IEntityTypeConfiguration<QueueHold>
{
    public void Configure(EntityTypeBuilder<QueueHold> builder)
    {
        builder.ToTable("queue_holds");
        builder.HasKey(h => h.Id);
        // At most one hold per user, and one for the whole queue (NULLS NOT DISTINCT makes the null user unique too).
        builder.HasIndex(h => h.UserId).IsUnique().AreNullsDistinct(false);
    }
}

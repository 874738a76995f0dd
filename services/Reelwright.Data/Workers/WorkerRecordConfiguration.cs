using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Reelwright.Data.Workers;

internal sealed class WorkerRecordConfiguration : IEntityTypeConfiguration<WorkerRecord>
{
    public void Configure(EntityTypeBuilder<WorkerRecord> builder)
    {
        builder.ToTable("workers");
        builder.HasKey(w => w.Name);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.Host).HasMaxLength(200);
        builder.Property(w => w.ExecutionProvider).HasMaxLength(50);
        builder.Property(w => w.ExecutionProviderDetails).HasMaxLength(4000);
        // Reports are replaced whole and read whole: one JSON column, not a table of rows to diff.
        builder.OwnsMany(w => w.Models, models => models.ToJson());
        builder.HasIndex(w => w.LastSeenAt);
    }
}

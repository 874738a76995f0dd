using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Reelwright.Data.Generations;

internal sealed class GenerationConfiguration : IEntityTypeConfiguration<Generation>
{
    public void Configure(EntityTypeBuilder<Generation> builder)
    {
        builder.ToTable("generations");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.IdempotencyKey).HasMaxLength(200);
        builder.HasIndex(g => g.IdempotencyKey).IsUnique();
        builder.Property(g => g.RequestFingerprint).HasMaxLength(64);
        builder.Property(g => g.ModelId).HasMaxLength(100);
        builder.Property(g => g.Prompt).HasMaxLength(2000);
        builder.Property(g => g.NegativePrompt).HasMaxLength(2000);
        builder.Property(g => g.Scheduler).HasMaxLength(50);
        builder.Property(g => g.EndPrompt).HasMaxLength(2000);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.FailureReason).HasMaxLength(2000);
        builder.Property(g => g.WorkerName).HasMaxLength(200);
        builder.Property(g => g.ExecutionProvider).HasMaxLength(50);

        // History is read newest first, page by page: (created_at, id) is the keyset.
        builder.HasIndex(g => new { g.CreatedAt, g.Id }).IsDescending();

        builder.HasOne(g => g.Clip).WithOne().HasForeignKey<Clip>(c => c.GenerationId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Reelwright.Data.Generations;

internal sealed class ClipConfiguration : IEntityTypeConfiguration<Clip>
{
    public void Configure(EntityTypeBuilder<Clip> builder)
    {
        builder.ToTable("clips");
        builder.HasKey(c => c.GenerationId);
        builder.Property(c => c.Container).HasMaxLength(63);
        builder.Property(c => c.VideoBlob).HasMaxLength(1024);
        builder.Property(c => c.PosterBlob).HasMaxLength(1024);
        builder.Property(c => c.PreviewBlob).HasMaxLength(1024);
        builder.Property(c => c.VideoSha256).HasMaxLength(64);
        builder.Property(c => c.FramesSha256).HasMaxLength(64);
        builder.Property(c => c.ModelSha256).HasMaxLength(64);
        builder.Property(c => c.OnnxRuntimeVersion).HasMaxLength(50);
        builder.Property(c => c.ExecutionProvider).HasMaxLength(50);
        builder.Property(c => c.Sampler).HasMaxLength(100);
    }
}

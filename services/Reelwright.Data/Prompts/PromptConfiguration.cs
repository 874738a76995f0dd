using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reelwright.Data.Projects;

namespace Reelwright.Data.Prompts;

internal sealed class PromptConfiguration :
    IEntityTypeConfiguration<Prompt>, IEntityTypeConfiguration<PromptVersion>, IEntityTypeConfiguration<PromptLabel>, IEntityTypeConfiguration<PromptLabelMove>
{
    public void Configure(EntityTypeBuilder<Prompt> builder)
    {
        builder.ToTable("prompts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.ProjectId, p.CreatedAt });
        // Search lists a team's prompts by their last save, newest first: (updated_at, id) is the keyset.
        builder.HasIndex(p => new { p.TeamId, p.UpdatedAt, p.Id }).IsDescending(false, true, true);
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PromptVersion> builder)
    {
        builder.ToTable("prompt_versions");
        builder.HasKey(v => v.Id);
        // The number is the version's identity within its prompt: unique, so a race could never give two the same.
        builder.HasIndex(v => new { v.PromptId, v.Number }).IsUnique();
        builder.Property(v => v.Text).HasMaxLength(2000);
        builder.Property(v => v.NegativeText).HasMaxLength(2000);
        builder.Property(v => v.ModelId).HasMaxLength(100);
        builder.Property(v => v.Message).HasMaxLength(500);
        builder.Property(v => v.Variables).HasColumnType("jsonb");
        builder.HasOne<Prompt>().WithMany().HasForeignKey(v => v.PromptId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PromptLabel> builder)
    {
        builder.ToTable("prompt_labels");
        builder.HasKey(l => new { l.PromptId, l.Name });
        builder.Property(l => l.Name).HasMaxLength(50);
        builder.HasOne<Prompt>().WithMany().HasForeignKey(l => l.PromptId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PromptLabelMove> builder)
    {
        builder.ToTable("prompt_label_moves");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Label).HasMaxLength(50);
        builder.HasIndex(m => new { m.PromptId, m.Label, m.MovedAt });
        builder.HasOne<Prompt>().WithMany().HasForeignKey(m => m.PromptId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reelwright.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddLatentWalk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "end_prompt",
                table: "generations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "frames_between",
                table: "generations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "keyframes",
                table: "generations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scheduler",
                table: "generations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "total_steps",
                table: "generations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Clips made before latent walks were sampled in one run of their steps.
            migrationBuilder.Sql("UPDATE generations SET total_steps = steps;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "end_prompt",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "frames_between",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "keyframes",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "scheduler",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "total_steps",
                table: "generations");
        }
    }
}

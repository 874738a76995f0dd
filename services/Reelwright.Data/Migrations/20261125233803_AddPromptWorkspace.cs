using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reelwright.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPromptWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "prompts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Prompts saved before this column existed were last updated by their newest version.
            migrationBuilder.Sql("UPDATE prompts p SET updated_at = (SELECT max(v.created_at) FROM prompt_versions v WHERE v.prompt_id = p.id)");

            migrationBuilder.AddColumn<string>(
                name: "variables",
                table: "prompt_versions",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "prompt_id",
                table: "generations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "prompt_version",
                table: "generations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "rerun_of_id",
                table: "generations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "favourites",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_favourites", x => new { x.user_id, x.kind, x.target_id });
                    table.ForeignKey(
                        name: "fk_favourites_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_prompts_team_id_updated_at_id",
                table: "prompts",
                columns: new[] { "team_id", "updated_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_generations_author_id_created_at_id",
                table: "generations",
                columns: new[] { "author_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_generations_prompt_id_prompt_version",
                table: "generations",
                columns: new[] { "prompt_id", "prompt_version" });

            migrationBuilder.CreateIndex(
                name: "ix_generations_rerun_of_id",
                table: "generations",
                column: "rerun_of_id");

            migrationBuilder.AddForeignKey(
                name: "fk_generations_generations_rerun_of_id",
                table: "generations",
                column: "rerun_of_id",
                principalTable: "generations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_generations_prompts_prompt_id",
                table: "generations",
                column: "prompt_id",
                principalTable: "prompts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_generations_generations_rerun_of_id",
                table: "generations");

            migrationBuilder.DropForeignKey(
                name: "fk_generations_prompts_prompt_id",
                table: "generations");

            migrationBuilder.DropTable(
                name: "favourites");

            migrationBuilder.DropIndex(
                name: "ix_prompts_team_id_updated_at_id",
                table: "prompts");

            migrationBuilder.DropIndex(
                name: "ix_generations_author_id_created_at_id",
                table: "generations");

            migrationBuilder.DropIndex(
                name: "ix_generations_prompt_id_prompt_version",
                table: "generations");

            migrationBuilder.DropIndex(
                name: "ix_generations_rerun_of_id",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "prompts");

            migrationBuilder.DropColumn(
                name: "variables",
                table: "prompt_versions");

            migrationBuilder.DropColumn(
                name: "prompt_id",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "prompt_version",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "rerun_of_id",
                table: "generations");
        }
    }
}

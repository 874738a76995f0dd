using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reelwright.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "hide_recipe",
                table: "generations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "like_count",
                table: "generations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "published_at",
                table: "generations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "remix_of_id",
                table: "generations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title",
                table: "generations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "likes",
                columns: table => new
                {
                    generation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_likes", x => new { x.generation_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_likes_generations_generation_id",
                        column: x => x.generation_id,
                        principalTable: "generations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_likes_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "share_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    generation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    passphrase_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    allow_comments = table.Column<bool>(type: "boolean", nullable: false),
                    allow_downloads = table.Column<bool>(type: "boolean", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    view_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_share_links", x => x.id);
                    table.CheckConstraint("ck_share_links_one_target", "(generation_id IS NULL) <> (shot_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_share_links_generations_generation_id",
                        column: x => x.generation_id,
                        principalTable: "generations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_share_links_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_share_links_shots_shot_id",
                        column: x => x.shot_id,
                        principalTable: "shots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "share_link_failures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    share_link_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_share_link_failures", x => x.id);
                    table.ForeignKey(
                        name: "fk_share_link_failures_share_links_share_link_id",
                        column: x => x.share_link_id,
                        principalTable: "share_links",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_generations_gallery",
                table: "generations",
                columns: new[] { "published_at", "id" },
                descending: new bool[0],
                filter: "published_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_generations_remix_of_id",
                table: "generations",
                column: "remix_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_likes_created_at",
                table: "likes",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_likes_user_id",
                table: "likes",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_link_failures_client_address_at",
                table: "share_link_failures",
                columns: new[] { "client_address", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_share_link_failures_share_link_id_at",
                table: "share_link_failures",
                columns: new[] { "share_link_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_share_links_generation_id",
                table: "share_links",
                column: "generation_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_links_project_id",
                table: "share_links",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_links_shot_id",
                table: "share_links",
                column: "shot_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_links_token_hash",
                table: "share_links",
                column: "token_hash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_generations_generations_remix_of_id",
                table: "generations",
                column: "remix_of_id",
                principalTable: "generations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_generations_generations_remix_of_id",
                table: "generations");

            migrationBuilder.DropTable(
                name: "likes");

            migrationBuilder.DropTable(
                name: "share_link_failures");

            migrationBuilder.DropTable(
                name: "share_links");

            migrationBuilder.DropIndex(
                name: "ix_generations_gallery",
                table: "generations");

            migrationBuilder.DropIndex(
                name: "ix_generations_remix_of_id",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "hide_recipe",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "like_count",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "published_at",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "remix_of_id",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "title",
                table: "generations");
        }
    }
}

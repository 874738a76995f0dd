using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reelwright.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "generations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    model_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prompt = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    negative_prompt = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    seed = table.Column<long>(type: "bigint", nullable: false),
                    steps = table.Column<int>(type: "integer", nullable: false),
                    guidance = table.Column<double>(type: "double precision", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    current_step = table.Column<int>(type: "integer", nullable: false),
                    failure_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    worker_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    execution_provider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clips",
                columns: table => new
                {
                    generation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    container = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    video_blob = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    video_bytes = table.Column<long>(type: "bigint", nullable: false),
                    video_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    poster_blob = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    poster_bytes = table.Column<long>(type: "bigint", nullable: false),
                    preview_blob = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    preview_bytes = table.Column<long>(type: "bigint", nullable: false),
                    duration_seconds = table.Column<double>(type: "double precision", nullable: false),
                    frame_count = table.Column<int>(type: "integer", nullable: false),
                    fps = table.Column<int>(type: "integer", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    frames_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    model_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    onnx_runtime_version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    execution_provider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sampler = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    inference_ms = table.Column<long>(type: "bigint", nullable: false),
                    encode_ms = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clips", x => x.generation_id);
                    table.ForeignKey(
                        name: "fk_clips_generations_generation_id",
                        column: x => x.generation_id,
                        principalTable: "generations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_generations_created_at_id",
                table: "generations",
                columns: new[] { "created_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_generations_idempotency_key",
                table: "generations",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "id",
                filter: "published_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clips");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "generations");
        }
    }
}

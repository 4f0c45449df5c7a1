using System.Buffers;
using System.Diagnostics;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Domain.Validation;

namespace ScoGraph.Domain.Import.Bulk;

/// <summary>
/// Imports JSON Lines of any size into a store, batch by batch, with the same semantics on every path.
/// <para>First read (check): every line is parsed; syntax and field errors, duplicate ids and the ids each batch
/// declares and refers to are recorded (ids only, never the lines). Second read (write): each batch is validated
/// against everything the input declares plus what the store holds (references, periods), then written in one
/// transaction, or rejected whole with every problem named by line and field path.</para>
/// <para>A line may refer to an id defined later in the input, also in a later batch: such batches are joined into
/// one transaction, so the store never sees a dangling reference and a crash leaves only whole transactions.
/// Re-running an import writes nothing for what already landed (the store reports those lines unchanged).</para>
/// <para>With <see cref="BulkImportOptions.WriteWhileChecking"/>, batches that refer only back are validated and
/// written during the first read, from the lines it parsed; the second read then covers only the rest.</para>
/// </summary>
public sealed class BulkImporter(ITimelineStore store, BulkImportOptions options)
{
    private ITimelineStore Store => store;
    private BulkImportOptions Options => options;

    /// <summary>Called after each batch (written, rejected, skipped or checked), in input order.</summary>
    public Func<BatchReport, CancellationToken, ValueTask>? OnBatch { get; init; }

    /// <summary>Called once the first read is done: lines read and problems found so far (before anything is written).</summary>
    public Func<ImportProgress, int, CancellationToken, ValueTask>? OnChecked { get; init; }

    /// <summary>
    /// Once signalled (the host is stopping), the import ends at the next batch boundary: the batch being written
    /// finishes, later ones are not written and the summary says so. Unlike cancellation, it never cuts a batch.
    /// </summary>
    public CancellationToken Stopping { get; init; }

    /// <summary>Called as lines are read (every 1000 lines) and after each batch; callers throttle their display.</summary>
    public Action<ImportProgress>? OnProgress { get; init; }

    private const int StoreLookupChunk = 2000;

    /// <summary>Lines parsed together on all cores in the first read (bounded memory: one chunk at a time).</summary>
    private const int ParseChunk = 4096;

    public async Task<BulkImportSummary> ImportAsync(ImportInput input, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var batchSize = options.Mode == ImportMode.AllOrNothing ? int.MaxValue : Math.Max(1, options.BatchSize);
        var plan = new Plan();
        var run = new WriteRun(this, plan, input.Length, cancellationToken);
        try
        {
            // All or nothing is one batch: writing while checking would hold the whole input parsed.
            var streaming = options.WriteWhileChecking && options.Mode != ImportMode.AllOrNothing ? run : null;
            await CheckAsync(input, batchSize, plan, streaming, cancellationToken);
            if (OnChecked is { } onChecked)
                await onChecked(new ImportProgress(ImportPhase.Checking, plan.Lines, input.Length ?? 0, input.Length, 0, 0, 0, 0), plan.ErrorCount, cancellationToken);
            run.StoreKnown = await LookUpAsync(plan.External, cancellationToken);
            await run.WriteAsync(input);
        }
        finally
        {
            // Failing or cancelled: the write in flight still ends (whole, or rolled back) before the caller goes on.
            await run.DrainAsync();
        }
        return run.Summary(clock.Elapsed);
    }

    /// <summary>What the first read learnt: each id's first line and kind; each batch's lines and forward needs.</summary>
    private sealed class Plan
    {
        public readonly DeclaredIds Declared = new();
        public readonly List<BatchPlan> Batches = [];
        public readonly Queue<ImportError> LineErrors = new();
        public readonly HashSet<string> External = new(StringComparer.Ordinal);
        public int Lines;
        public int ErrorCount;

        /// <summary>The batch holding <paramref name="line"/> (batches are in line order).</summary>
        public int BatchOf(int line)
        {
            int low = 0, high = Batches.Count - 1;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (Batches[middle].FirstLine <= line) low = middle;
                else high = middle - 1;
            }
            return low;
        }
    }

    private sealed class BatchPlan(int index, int firstLine)
    {
        public int Index { get; } = index;
        public int FirstLine { get; } = firstLine;
        public int LastLine { get; set; } = firstLine;
        public int Lines { get; set; }
        public int NeedsBatch { get; set; } = index;
        public List<string> ForwardIds { get; } = [];
    }

    /// <summary>
    /// The first read. With <paramref name="streaming"/>, each batch whose references all point to earlier lines is
    /// handed to it as soon as it is read, parsed once (see <see cref="BulkImportOptions.WriteWhileChecking"/>); the
    /// first batch that refers forward, or outside the input, ends that, and the rest waits for the second read.
    /// </summary>
    private async Task CheckAsync(ImportInput input, int batchSize, Plan plan, WriteRun? streaming, CancellationToken cancellationToken)
    {
        long bytes = 0;
        var chunk = new List<RawLine>(ParseChunk);
        var held = streaming is null ? null : new List<PendingLine>(batchSize + ParseChunk);
        await foreach (var raw in input.ReadAsync(again: false, p => bytes = p, cancellationToken))
        {
            chunk.Add(raw);
            if (chunk.Count < ParseChunk) continue;
            Absorb(plan, chunk, batchSize, held, streaming?.Writing == true);
            // The first chunk tells how many ids a byte of this input declares: size the index once for the whole input.
            if (plan.Lines == ParseChunk && input.Length is > 0 and var total && bytes > 0)
                plan.Declared.Reserve((long)(plan.Declared.Count * (double)total / bytes * 1.05));
            if (held is not null && !await StreamAsync(plan, held, streaming!, bytes, inputEnded: false)) held = null;
            if (held is null) OnProgress?.Invoke(new ImportProgress(ImportPhase.Checking, plan.Lines, bytes, input.Length, 0, 0, 0, 0));
        }
        Absorb(plan, chunk, batchSize, held, streaming?.Writing == true);
        if (held is not null) await StreamAsync(plan, held, streaming!, bytes, inputEnded: true);

        // A forward reference ties its batch to the batch that defines the id; an id defined nowhere is the store's.
        foreach (var batch in plan.Batches)
        {
            foreach (var reference in batch.ForwardIds)
            {
                if (plan.Declared.TryGet(reference, out _, out var line))
                    batch.NeedsBatch = Math.Max(batch.NeedsBatch, plan.BatchOf(line));
                else
                    plan.External.Add(reference);
            }
            batch.ForwardIds.Clear();
        }
    }

    /// <summary>
    /// Hands every batch read whole to the write run while each refers only to lines before its end; false once one
    /// does not (or the run stopped): from there on the two reads take over.
    /// </summary>
    private static async Task<bool> StreamAsync(Plan plan, List<PendingLine> held, WriteRun run, long bytes, bool inputEnded)
    {
        while (run.NextBatch < plan.Batches.Count && (inputEnded || run.NextBatch < plan.Batches.Count - 1))
        {
            var batch = plan.Batches[run.NextBatch];
            if (!RefersOnlyBack(plan, batch)) return false;
            batch.ForwardIds.Clear();
            var count = 0;
            while (count < held.Count && held[count].Line <= batch.LastLine) count++;
            var lines = held.GetRange(0, count);
            held.RemoveRange(0, count);
            if (!await run.StreamAsync(batch.Index, lines, bytes)) return false;
        }
        return true;
    }

    /// <summary>Whether every id a batch refers to is defined on one of its own lines or before (taken whole, it needs nothing later).</summary>
    private static bool RefersOnlyBack(Plan plan, BatchPlan batch)
    {
        foreach (var id in batch.ForwardIds)
            if (!plan.Declared.TryGet(id, out _, out var line) || line > batch.LastLine) return false;
        return true;
    }

    /// <summary>
    /// Parses a chunk of lines on every core (parsing is pure), then takes in their declarations in input order, so
    /// duplicates and forward references come out exactly as a one-by-one read would find them. With
    /// <paramref name="held"/>, the parsed lines are kept there for writing (one core fewer while a write runs).
    /// </summary>
    private static void Absorb(Plan plan, List<RawLine> chunk, int batchSize, List<PendingLine>? held, bool writing)
    {
        // Everything a line needs that depends on no other line, on every core: the sequential part below (ids are
        // taken in input order) was as long as the parsing itself while it also worked out each line's references.
        var parsed = new (ImportedLine Line, string[] References)[chunk.Count];
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - (writing ? 1 : 0)) };
        Parallel.For(0, chunk.Count, cores, i =>
        {
            var line = Parse(chunk[i]);
            parsed[i] = (line, line.Item is { } item && line.Errors.Count == 0 ? [.. References(item)] : []);
        });
        for (var i = 0; i < parsed.Length; i++)
        {
            var raw = chunk[i];
            var batchIndex = plan.Lines / batchSize;
            if (batchIndex == plan.Batches.Count) plan.Batches.Add(new BatchPlan(batchIndex, raw.Line));
            var batch = plan.Batches[batchIndex];
            batch.LastLine = raw.Line;
            batch.Lines++;
            plan.Lines++;

            var (line, references) = parsed[i];
            ImportError? declared = null;
            if (line.DeclaredId is { } id && line.DeclaredKind is { } kind)
            {
                if (line.Line > DeclaredIds.MaxLine)
                    declared = new ImportError(line.Line, null, $"an import may have at most {DeclaredIds.MaxLine} lines; split the input", ErrorCodes.TooMany);
                else if (!plan.Declared.TryAdd(id, kind, line.Line, out var firstLine))
                    declared = Duplicate(line, id, firstLine);
            }
            if (declared is null)
                foreach (var reference in references)
                    if (!plan.Declared.Contains(reference)) batch.ForwardIds.Add(reference);
            foreach (var error in line.Errors) plan.LineErrors.Enqueue(error);
            if (declared is not null) plan.LineErrors.Enqueue(declared);
            plan.ErrorCount += line.Errors.Count + (declared is null ? 0 : 1);
            if (held is not null && line.Item is { } parsedItem) held.Add(new PendingLine(line.Line, null, parsedItem));
        }
        chunk.Clear();
    }

    private static ImportedLine Parse(RawLine raw) => raw.Text is { } text
        ? ImportLineParser.Parse(text, raw.Line)
        : new ImportedLine(raw.Line, null, null, null, [new ImportError(raw.Line, null, raw.Problem!)]);

    private static ImportError Duplicate(ImportedLine line, string id, int firstLine) => line.DeclaredKind == EntityKind.Claim
        ? new ImportError(line.Line, "value", $"the same claim (subject, predicate and value) is already on line {firstLine}; merge their sources", ErrorCodes.Duplicate)
        : new ImportError(line.Line, "id", $"\"{id}\" is already defined on line {firstLine}; an id may appear once per import", ErrorCodes.Duplicate);

    /// <summary>The ids a write item needs to exist: an entity's references and sources, a retraction's target.</summary>
    private static IEnumerable<string> References(WriteItem item) => item switch
    {
        Upsert { Entity: var entity } => EntityIndexEntry.Of(entity) is var entry ? entry.References.Concat(entry.SourceIds) : [],
        Retract retract => [retract.ItemId],
        _ => [],
    };

    private async Task<IReadOnlyDictionary<string, EntityKind>> LookUpAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(StoreLookupChunk))
        {
            var found = await store.LoadEntitiesAsync(chunk, null, cancellationToken);
            foreach (var (id, versioned) in found) known[id] = versioned.Item.Kind;
        }
        return known;
    }

    /// <summary>A line waiting to be validated and written: its text (second read) or its item, parsed by the first read.</summary>
    private readonly record struct PendingLine(int Line, string? Text, WriteItem? Item);

    /// <summary>Consecutive batches written in one transaction (one, unless a line refers forward into a later one).</summary>
    private readonly record struct Group(int First, int Last, int FirstLine, int LastLine, int Lines);

    /// <summary>A group's lines parsed and validated: what to write, every problem found, the facts it stands for.</summary>
    /// <param name="RejectedBefore">How many batches were rejected when it was validated (validated again if that changes).</param>
    private sealed record PreparedGroup(Group Group, int RejectedBefore, int Lines)
    {
        public List<(int Line, WriteItem Item)> Items { get; } = new(Lines);

        /// <summary>Each item's projection (by the index of <see cref="Items"/>), derived while validating.</summary>
        public List<UpsertProjection?> Projections { get; } = new(Lines);

        public List<ImportError> Errors { get; } = [];
        public int Facts { get; set; }
    }

    /// <summary>Groups of batches validated and written in order: those the first read hands on, then the second read's.</summary>
    private sealed class WriteRun(BulkImporter importer, Plan plan, long? totalBytes, CancellationToken cancellationToken)
        : IReferenceCatalog
    {
        /// <summary>Kinds of the ids the input refers to but does not define, looked up once the first read is done.</summary>
        public IReadOnlyDictionary<string, EntityKind> StoreKnown { get; set; } = new Dictionary<string, EntityKind>();

        /// <summary>The first batch not yet validated (everything before it was handed on, in order).</summary>
        public int NextBatch { get; private set; }

        /// <summary>Whether writing has started (a write may be running beside the reading).</summary>
        public bool Writing { get; private set; }

        private readonly BulkImportOptions _options = importer.Options;
        private readonly HashSet<int> _rejectedBatches = [];
        private readonly List<ImportError> _errors = [];
        private PreparedGroup? _pendingGroup;
        private Task<BatchReport>? _pending;
        private int _group;
        private WriteItemValidator? _validator;
        private int _facts, _created, _updated, _unchanged, _rejectedLines, _skippedLines, _committed, _rejected, _errorCount;
        private bool _stopped;
        private long _bytes;
        private int? _notImportedFrom;
        private int? _stoppedAtBatch;

        public EntityKind? KindOf(string id)
        {
            if (plan.Declared.TryGet(id, out var declaredKind, out var line))
                return _rejectedBatches.Contains(plan.BatchOf(line)) ? null : declaredKind;
            return StoreKnown.TryGetValue(id, out var kind) ? kind : null;
        }

        /// <summary>A batch the first read took in whole, validated and written from the lines it parsed.</summary>
        public Task<bool> StreamAsync(int batch, List<PendingLine> lines, long bytes)
        {
            _bytes = bytes;
            StartWriting();
            var plans = plan.Batches;
            return NextAsync(new Group(batch, batch, plans[batch].FirstLine, plans[batch].LastLine, plans[batch].Lines), lines);
        }

        /// <summary>The second read: every batch the first read did not hand on, in groups, from the input again.</summary>
        public async Task WriteAsync(ImportInput input)
        {
            if (_stoppedAtBatch is null && NextBatch < plan.Batches.Count) await WriteRestAsync(input);
            await FinishPendingAsync();
            if (_stoppedAtBatch is { } stoppedAt) _skippedLines += plan.Batches.Skip(stoppedAt).Sum(b => b.Lines);
        }

        private async Task WriteRestAsync(ImportInput input)
        {
            var groups = Groups(NextBatch).ToList();
            var current = 0;
            // One list for every group's lines (cleared, not replaced): a new one per batch grew through the large
            // object heap each time and left it fragmented for the GC to find late.
            var lines = new List<PendingLine>(groups.Max(g => g.Lines));
            StartWriting();
            await foreach (var raw in input.ReadAsync(again: true, p => _bytes = p, cancellationToken))
            {
                if (raw.Line < groups[0].FirstLine) continue; // written while checking
                while (current < groups.Count && raw.Line > groups[current].LastLine)
                {
                    if (!await NextAsync(groups[current++], lines)) return;
                    lines.Clear();
                }
                if (raw.Text is not null) lines.Add(new PendingLine(raw.Line, raw.Text, null));
            }
            while (current < groups.Count)
            {
                if (!await NextAsync(groups[current++], lines)) return;
                lines.Clear();
            }
        }

        /// <summary>The writing phase starts now (rates count from here, not from the first committed batch).</summary>
        private void StartWriting()
        {
            if (Writing) return;
            Writing = true;
            importer.OnProgress?.Invoke(new ImportProgress(ImportPhase.Writing, 0, 0, totalBytes, 0, 0, 0, 0));
        }

        /// <summary>Waits for the write in flight, if any, whatever brought the import to an end.</summary>
        public async Task DrainAsync()
        {
            if (_pending is { IsCompleted: false } pending)
            {
                try { await pending; }
                catch (Exception) { /* the failure that got us here is the one to report */ }
            }
        }

        /// <summary>
        /// A pipeline of two: the group just read is parsed and validated (on every core) while the one before it is
        /// written (SQLite writes on one); then the earlier one is decided and this one starts. Validation reads
        /// only the plan and which batches were rejected, so it is redone in the rare case a rejection came in between.
        /// </summary>
        private async Task<bool> NextAsync(Group group, List<PendingLine> lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NextBatch = group.Last + 1;
            var lineErrors = new List<ImportError>();
            while (plan.LineErrors.TryPeek(out var error) && error.Line <= group.LastLine) lineErrors.Add(plan.LineErrors.Dequeue());
            var prepared = Prepare(group, lines, lineErrors);
            await FinishPendingAsync();
            // Checked only between batches, so a stop never leaves a batch half written.
            if (importer.Stopping.IsCancellationRequested)
            {
                _notImportedFrom = group.FirstLine;
                _stoppedAtBatch = group.First;
                return false;
            }
            if (prepared.RejectedBefore != _rejectedBatches.Count) prepared = Prepare(group, lines, lineErrors);
            _pendingGroup = prepared;
            _pending = await StartAsync(prepared);
            return true;
        }

        /// <summary>Consecutive batches joined while one refers forward into a later one.</summary>
        private IEnumerable<Group> Groups(int first)
        {
            var batches = plan.Batches;
            for (var start = first; start < batches.Count;)
            {
                var end = batches[start].NeedsBatch;
                for (var k = start; k <= end; k++) end = Math.Max(end, batches[k].NeedsBatch);
                yield return new Group(start, end, batches[start].FirstLine, batches[end].LastLine, batches.Skip(start).Take(end - start + 1).Sum(b => b.Lines));
                start = end + 1;
            }
        }

        /// <summary>
        /// Parses (unless the first read did), validates and projects a group's lines (what the store will write, and so
        /// the facts they count): all pure, so on several cores, but one fewer than the machine has while the store's
        /// single writer is busy with the group before: sharing its core with this work slowed the writer more than the
        /// extra core sped this up.
        /// </summary>
        private PreparedGroup Prepare(Group group, List<PendingLine> lines, List<ImportError> lineErrors)
        {
            var prepared = new PreparedGroup(group, _rejectedBatches.Count, lines.Count);
            prepared.Errors.AddRange(lineErrors);
            var linesWithErrors = lineErrors.Select(e => e.Line).ToHashSet();
            // Built once per run: FluentValidation rules are costly to build and this catalog answers for the whole run.
            var validator = _validator ??= new WriteItemValidator(this);
            var checkedLines = ArrayPool<(WriteItem? Item, IReadOnlyList<ValidationIssue> Issues, UpsertProjection? Projection, int Facts)>.Shared.Rent(lines.Count);
            var cores = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - (_pending is null ? 0 : 1)) };
            Parallel.For(0, lines.Count, cores, i =>
            {
                var (number, text, parsed) = lines[i];
                var item = text is null ? parsed : ImportLineParser.Parse(text, number).Item;
                var issues = item is not null && !linesWithErrors.Contains(number) ? validator.Check(item) : [];
                checkedLines[i] = item is Upsert u && issues.Count == 0
                    ? _options.ProjectAhead && UpsertProjection.TryOf(u.Entity) is { } projection
                        ? (item, issues, projection, projection.Facts.Count)
                        : (item, issues, null, CountFacts(u.Entity))
                    : (item, issues, null, 0);
            });
            for (var i = 0; i < lines.Count; i++)
            {
                var (item, issues, projection, facts) = checkedLines[i];
                var number = lines[i].Line;
                if (item is not null)
                {
                    prepared.Items.Add((number, item));
                    prepared.Projections.Add(projection);
                }
                prepared.Facts += facts;
                foreach (var issue in issues)
                    prepared.Errors.Add(new ImportError(number, issue.Path, Explain(issue), issue.Code, issue.ReferencedId));
            }
            ArrayPool<(WriteItem? Item, IReadOnlyList<ValidationIssue> Issues, UpsertProjection? Projection, int Facts)>.Shared.Return(checkedLines, clearArray: true);
            return prepared;
        }

        /// <summary>The facts an upsert stands for (what the summary counts); zero when the store will refuse it anyway.</summary>
        private static int CountFacts(Entity entity)
        {
            try
            {
                return FactProjection.Project(entity).Count;
            }
            catch (Exception e) when (UpsertProjection.IsUnstorable(e))
            {
                return 0;
            }
        }

        /// <summary>Decides a prepared group once every earlier one is decided; a write runs in the background.</summary>
        private async Task<Task<BatchReport>> StartAsync(PreparedGroup prepared)
        {
            var group = prepared.Group;
            var errors = prepared.Errors;
            if (errors.Count == 0 && prepared.Items.Any(i => i.Item is Retract))
            {
                // Retractions of entities still referenced, judged with the whole batch (it may retract the references too)
                // and with every earlier batch in the store.
                var items = prepared.Items.Select(i => i.Item).ToArray();
                foreach (var issue in await RetractionReferences.CheckAsync(importer.Store, items, cancellationToken))
                    errors.Add(new ImportError(prepared.Items[issue.Index].Line, issue.Issue.Path, issue.Issue.Message, issue.Issue.Code, issue.Issue.ReferencedId));
            }
            // Stable: a line's own problems keep the order they were found in.
            if (errors.Count > 0) return Task.FromResult(Reject(group, [.. errors.OrderBy(e => e.Line)]));
            if (_stopped) return Task.FromResult(Report(group, BatchStatus.Skipped, 0, 0, 0, [], null));
            if (_options.DryRun) return PredictAsync(prepared);
            return Task.Run(() => CommitAsync(prepared), cancellationToken);
        }

        /// <summary>Waits for the group in flight and takes in its outcome, in input order.</summary>
        private async Task FinishPendingAsync()
        {
            if (_pending is null || _pendingGroup is null) return;
            var (pending, prepared) = (_pending, _pendingGroup);
            _pending = null;
            _pendingGroup = null;
            var report = await pending;
            var group = prepared.Group;
            if (report.Status is BatchStatus.Committed or BatchStatus.Checked)
                report = report with { Facts = prepared.Facts };
            _facts += report.Facts;
            switch (report.Status)
            {
                case BatchStatus.Committed: _committed++; break;
                case BatchStatus.Rejected:
                    _rejected++;
                    _rejectedLines += group.Lines;
                    for (var b = group.First; b <= group.Last; b++) _rejectedBatches.Add(b);
                    // All or nothing: one bad line refuses the whole input; otherwise stop writing unless told to go on.
                    if (_options.Mode != ImportMode.ContinueOnError) _stopped = true;
                    break;
                case BatchStatus.Skipped: _skippedLines += group.Lines; break;
            }
            _created += report.Created;
            _updated += report.Updated;
            _unchanged += report.Unchanged;
            _errorCount += report.Errors.Count;
            foreach (var error in report.Errors)
                if (_errors.Count < _options.MaxErrors) _errors.Add(error);
            _group++;
            if (importer.OnBatch is { } onBatch) await onBatch(report, cancellationToken);
            importer.OnProgress?.Invoke(new ImportProgress(ImportPhase.Writing, group.LastLine, _bytes, totalBytes, _created, _updated, _unchanged, _rejectedLines) { Facts = _facts });
        }

        /// <summary>An unknown reference to an id the input defines in a rejected batch says so.</summary>
        private string Explain(ValidationIssue issue) =>
            issue.Code == ErrorCodes.UnknownReference && issue.ReferencedId is { } id && plan.Declared.TryGet(id, out _, out var line)
                ? $"{issue.Message}; it is defined on line {line}, in a batch that was rejected"
                : issue.Message;

        /// <summary>A rejected group's report; what the rejection changes is taken in when the report is (in order).</summary>
        private BatchReport Reject(Group group, List<ImportError> errors) =>
            Report(group, BatchStatus.Rejected, 0, 0, 0, errors, null);

        private BatchReport Report(Group group, BatchStatus status,
            int created, int updated, int unchanged, IReadOnlyList<ImportError> errors, IReadOnlyList<LineOutcome>? outcomes, DateTimeOffset? recordedAt = null) =>
            new(_group + 1, group.FirstLine, group.LastLine, group.Lines, group.Last - group.First + 1, status, created, updated, unchanged, errors,
                _options.ReportLineOutcomes ? outcomes ?? [] : null, recordedAt);

        /// <summary>Runs beside the next group's validation: touches nothing but the store and the prepared group.</summary>
        private async Task<BatchReport> CommitAsync(PreparedGroup prepared)
        {
            var (group, items) = (prepared.Group, prepared.Items);
            if (items.Count == 0) return Report(group, BatchStatus.Committed, 0, 0, 0, [], []);
            WriteResult result;
            try
            {
                var batch = new WriteBatch([.. items.Select(i => i.Item)], importer.Options.RecordedBy) { Projections = prepared.Projections };
                result = await importer.Store.WriteAsync(batch, cancellationToken);
            }
            catch (WriteRejectedException rejected) when (rejected.ItemIndex >= 0 && rejected.ItemIndex < items.Count)
            {
                // The store refused what validation let through (an id already used by another kind): nothing written.
                return Reject(group, [new ImportError(items[rejected.ItemIndex].Line, null, rejected.Reason)]);
            }
            var outcomes = _options.ReportLineOutcomes
                ? result.Items.Select(r => new LineOutcome(items[r.Index].Line, r.ItemIds.FirstOrDefault(), r.Outcome)).ToList()
                : null;
            return Report(group, BatchStatus.Committed,
                result.Count(WriteOutcome.Created),
                result.Count(WriteOutcome.Superseded) + result.Count(WriteOutcome.Retracted),
                result.Count(WriteOutcome.Unchanged) + result.Count(WriteOutcome.NotFound),
                [], outcomes, result.RecordedAt);
        }

        /// <summary>What writing the batch would do, from the current versions of the ids it upserts or retracts.</summary>
        private async Task<BatchReport> PredictAsync(PreparedGroup prepared)
        {
            var (group, items) = (prepared.Group, prepared.Items);
            var ids = items.Select(i => Target(i.Item)).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            var current = ids.Length == 0
                ? new Dictionary<string, Versions.Versioned<Entity>>()
                : await importer.Store.LoadEntitiesAsync(ids, null, cancellationToken);
            var outcomes = new List<LineOutcome>(items.Count);
            foreach (var (line, item) in items)
            {
                var outcome = item switch
                {
                    Upsert { Entity: var e } when !current.ContainsKey(e.Id) => WriteOutcome.Created,
                    Upsert { Entity: var e } when EntityJson.ContentEquals(e, current[e.Id].Item) => WriteOutcome.Unchanged,
                    Upsert => WriteOutcome.Superseded,
                    Retract r when !current.ContainsKey(r.ItemId) => WriteOutcome.NotFound,
                    _ => WriteOutcome.Retracted,
                };
                outcomes.Add(new LineOutcome(line, Target(item), outcome));
            }
            return Report(group, BatchStatus.Checked,
                outcomes.Count(o => o.Outcome == WriteOutcome.Created),
                outcomes.Count(o => o.Outcome is WriteOutcome.Superseded or WriteOutcome.Retracted),
                outcomes.Count(o => o.Outcome is WriteOutcome.Unchanged or WriteOutcome.NotFound),
                [], outcomes);
        }

        private static string? Target(WriteItem item) => item switch
        {
            Upsert u => u.Entity.Id,
            Retract r => r.ItemId,
            _ => null,
        };

        public BulkImportSummary Summary(TimeSpan elapsed)
        {
            var errorCount = _errorCount;
            return new BulkImportSummary(plan.Lines, _group, _committed, _rejected, _created, _updated, _unchanged,
                _rejectedLines, _skippedLines, errorCount, _errors, elapsed, _options.DryRun)
            {
                Facts = _facts,
                StoppedForShutdown = _notImportedFrom is not null,
                NotImportedFromLine = _notImportedFrom,
                NotImportedToLine = _notImportedFrom is null ? null : plan.Batches[^1].LastLine,
            };
        }
    }
}

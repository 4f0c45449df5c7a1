using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Import.Bulk;

/// <summary>
/// Every id an import declares, with its kind and the line that declares it, in 12 bytes a slot instead of a
/// dictionary of strings (about 185 bytes a line, 1.7 GB for a 1.2 GB file). An id is kept as a 64-bit hash seeded
/// afresh for each import; two ids sharing one (odds about 1 in 450,000 for nine million ids) make the second look like
/// a duplicate of the first, so its line is refused with a message naming both, never written wrongly.
/// <para>The table is split into shards by the hash's top bits, each an open-addressing table that grows on its own,
/// so growing never holds two copies of the whole index; <see cref="Reserve"/> sizes them once when the input's size
/// tells how many ids to expect.</para>
/// </summary>
public sealed class DeclaredIds
{
    private const int ShardBits = 8;
    private const int KindBits = 4;

    /// <summary>Line numbers must fit beside the kind in 32 bits.</summary>
    public const int MaxLine = (1 << (32 - KindBits)) - 1;

    private readonly ulong _seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
    private readonly Shard[] _shards = Enumerable.Range(0, 1 << ShardBits).Select(_ => new Shard()).ToArray();

    public int Count { get; private set; }

    /// <summary>Records <paramref name="id"/> declared on <paramref name="line"/>; false (with the first line) if it already was.</summary>
    public bool TryAdd(string id, EntityKind kind, int line, out int firstLine)
    {
        if ((uint)line > MaxLine) throw new ArgumentOutOfRangeException(nameof(line), $"an import may have at most {MaxLine} lines");
        var hash = Hash(id);
        var added = ShardOf(hash).TryAdd(hash, (uint)line << KindBits | (uint)kind, out var existing);
        firstLine = (int)(existing >> KindBits);
        if (added) Count++;
        return added;
    }

    /// <summary>The kind and line of a declared id.</summary>
    public bool TryGet(string id, out EntityKind kind, out int line)
    {
        var hash = Hash(id);
        var found = ShardOf(hash).TryGet(hash, out var value);
        kind = (EntityKind)(value & ((1u << KindBits) - 1));
        line = (int)(value >> KindBits);
        return found;
    }

    public bool Contains(string id) => TryGet(id, out _, out _);

    private ulong Hash(string id)
    {
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(id.AsSpan()), (long)_seed);
        return hash == 0 ? 1 : hash; // 0 marks an empty slot
    }

    private Shard ShardOf(ulong hash) => _shards[hash >> (64 - ShardBits)];

    /// <summary>
    /// Makes room for about <paramref name="expected"/> ids at once (e.g. estimated from the input's size), so the
    /// shards need not grow (and leave their old arrays behind) on the way there.
    /// </summary>
    public void Reserve(long expected)
    {
        var perShard = (int)Math.Min(int.MaxValue / 2, expected / _shards.Length + 1);
        foreach (var shard in _shards) shard.Reserve(perShard);
    }

    /// <summary>Linear probing over parallel arrays, at most seven eighths full; grows by half when it gets there.</summary>
    private sealed class Shard
    {
        private ulong[] _keys = new ulong[16];
        private uint[] _values = new uint[16];
        private int _count;

        private static int CapacityFor(int count) => (int)Math.Min(int.MaxValue / 2, (long)count * 8 / 7 + 16);

        public void Reserve(int count)
        {
            if (CapacityFor(count) > _keys.Length) Resize(CapacityFor(count));
        }

        public bool TryAdd(ulong key, uint value, out uint existing)
        {
            if ((long)(_count + 1) * 8 > (long)_keys.Length * 7) Resize(_keys.Length + _keys.Length / 2);
            var slot = Find(_keys, key);
            if (_keys[slot] == key)
            {
                existing = _values[slot];
                return false;
            }
            _keys[slot] = key;
            _values[slot] = value;
            _count++;
            existing = value;
            return true;
        }

        public bool TryGet(ulong key, out uint value)
        {
            var slot = Find(_keys, key);
            value = _values[slot];
            return _keys[slot] == key;
        }

        /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go.</summary>
        private static int Find(ulong[] keys, ulong key)
        {
            // The low 32 bits pick the slot, scaled to any capacity (the top bits already picked the shard).
            var slot = (int)(((key & uint.MaxValue) * (ulong)keys.Length) >> 32);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                if (++slot == keys.Length) slot = 0;
            }
            return slot;
        }

        private void Resize(int capacity)
        {
            var keys = new ulong[capacity];
            var values = new uint[capacity];
            for (var i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] == 0) continue;
                var slot = Find(keys, _keys[i]);
                keys[slot] = _keys[i];
                values[slot] = _values[i];
            }
            _keys = keys;
            _values = values;
        }
    }
}

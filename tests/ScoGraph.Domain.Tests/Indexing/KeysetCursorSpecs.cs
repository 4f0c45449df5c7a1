using FsCheck.Xunit;
using ScoGraph.Domain.Indexing;

namespace ScoGraph.Domain.Tests.Indexing;

public class KeysetCursorSpecs
{
    [Property]
    public bool A_cursor_decodes_to_what_was_encoded(FsCheck.NonNull<string> sortKey, FsCheck.NonNull<string> id)
    {
        var cursor = new KeysetCursor(sortKey.Get, id.Get);
        return KeysetCursor.TryDecode(cursor.Encode(), out var back) && back == cursor;
    }

    [Fact]
    public void Cursors_are_url_safe()
    {
        var encoded = new KeysetCursor("ÿÿÿ>>>???", "claim:a:b:0123456789ab").Encode();

        Assert.Matches("^[A-Za-z0-9_-]+$", encoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor!")]
    [InlineData("WyJrMSIsImEiXQ")]   // ["k1","a"]: too short
    [InlineData("WyJrMiIsImEiLCJiIl0")]   // ["k2","a","b"]: unknown format
    [InlineData("e30")]   // {}
    public void Foreign_text_is_not_a_cursor(string text)
    {
        Assert.False(KeysetCursor.TryDecode(text, out _));
        var thrown = Assert.Throws<ArgumentException>(() => KeysetCursor.Decode(text, "after"));
        Assert.Contains("\"after\" is not a cursor", thrown.Message);
    }

    [Fact]
    public void Pairs_compare_by_sort_key_then_id_in_code_point_order()
    {
        Assert.True(KeysetCursor.Compare("a", "z", "b", "a") < 0);
        Assert.True(KeysetCursor.Compare("a", "b", "a", "c") < 0);
        Assert.Equal(0, KeysetCursor.Compare("a", "b", "a", "b"));
        // U+FFFF sorts before a supplementary character by code point, though not by UTF-16 ordinal.
        Assert.True(KeysetCursor.CompareCodePoints("\uFFFF", "😀") < 0);
        Assert.True(string.CompareOrdinal("\uFFFF", "😀") > 0);
    }
}

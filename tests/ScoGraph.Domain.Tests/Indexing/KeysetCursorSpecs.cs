using FsCheck.Xunit;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Tests.Indexing;

public class KeysetCursorSpecs
{
    [Property]
    public bool A_cursor_decodes_to_what_was_encoded(FsCheck.NonNull<string> sortKey, FsCheck.NonNull<string> id)
    {
        var cursor = new KeysetCursor(sortKey.Get, id.Get);
        return KeysetCursor.TryDecode(cursor.Encode(), out var back) && back == cursor;
    }

    [Property]
    public bool A_two_key_cursor_decodes_to_what_was_encoded(FsCheck.NonNull<string> sortKey, FsCheck.NonNull<string> thenKey, FsCheck.NonNull<string> id)
    {
        var cursor = new KeysetCursor(sortKey.Get, id.Get, thenKey.Get);
        return KeysetCursor.TryDecode(cursor.Encode(), out var back) && back == cursor;
    }

    [Fact]
    public void In_a_two_key_order_cursors_compare_by_each_key_in_its_own_direction_then_by_id_in_the_first_s()
    {
        var order = new EntityOrder(EntityOrderField.Date, SortDirection.Descending,
            Then: new EntityOrder(EntityOrderField.Name));

        Assert.True(KeysetCursor.Compare(new("2002", "x", "b"), new("2001", "a", "a"), order) < 0);   // later day first
        Assert.True(KeysetCursor.Compare(new("2001", "x", "a"), new("2001", "a", "b"), order) < 0);   // same day: title ascending
        Assert.True(KeysetCursor.Compare(new("2001", "b", "a"), new("2001", "a", "a"), order) < 0);   // same both: id descending
    }

    [Fact]
    public void Order_keys_that_cannot_change_the_order_are_left_out()
    {
        var fallback = new EntityOrder(EntityOrderField.Date);
        Assert.Equal(fallback, EntityOrder.From([], fallback));
        Assert.Equal(new EntityOrder(EntityOrderField.Name, SortDirection.Descending),
            EntityOrder.From([(EntityOrderField.Name, SortDirection.Descending), (EntityOrderField.Name, SortDirection.Ascending)], fallback));
        Assert.Equal(new EntityOrder(EntityOrderField.Id),
            EntityOrder.From([(EntityOrderField.Id, SortDirection.Ascending), (EntityOrderField.Name, SortDirection.Ascending)], fallback));
        Assert.Equal(new EntityOrder(EntityOrderField.Date, Then: new EntityOrder(EntityOrderField.Name)),
            EntityOrder.From([(EntityOrderField.Date, SortDirection.Ascending), (EntityOrderField.Name, SortDirection.Ascending),
                (EntityOrderField.Id, SortDirection.Descending)], fallback));
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
    [InlineData("WyJrMiIsImEiLCJiIl0")]   // ["k2","a","b"]: a two-key cursor without its second key
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

using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Tests.Ports;

public class PageRequestSpecs
{
    [Theory]
    [InlineData(10, null, null)]
    [InlineData(null, 10, null)]
    [InlineData(null, null, null)]
    [InlineData(10, 10, "give either first or last, not both")]
    [InlineData(-1, null, "first and last must not be negative")]
    [InlineData(null, -1, "first and last must not be negative")]
    [InlineData(501, null, "a page holds at most 500 items")]
    public void A_request_states_its_problem(int? first, int? last, string? problem)
    {
        Assert.Equal(problem, new PageRequest(first, null, last).Problem);
    }

    [Fact]
    public void Size_and_direction()
    {
        Assert.Equal(50, new PageRequest().Size);
        Assert.Equal(7, new PageRequest(Last: 7).Size);
        Assert.True(new PageRequest(Last: 7).IsBackward);
        Assert.False(new PageRequest(First: 7).IsBackward);
        Assert.Equal(PageRequest.MaxSize, new PageRequest(First: 10_000).Size);
    }

    [Fact]
    public void Page_cursors_are_those_of_the_first_and_last_items()
    {
        var page = new Page<string>([new("a", "ca"), new("b", "cb")], true, false);

        Assert.Equal(("ca", "cb"), (page.StartCursor, page.EndCursor));
        Assert.Null(Page<string>.Empty.StartCursor);
    }
}

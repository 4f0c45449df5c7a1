namespace ScoGraph.GraphQL.Validation;

/// <summary>
/// A stable binary insertion sort, which is what V8 uses for the short arrays graphql-js sorts suggestions in; it
/// keeps equal items in order and gives the same result as graphql-js even for comparers that are not total orders.
/// </summary>
internal static class StableSort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var pivot = items[i];
            int left = 0, right = i;
            while (left < right)
            {
                var middle = (left + right) >> 1;
                if (compare(pivot, items[middle]) < 0) right = middle;
                else left = middle + 1;
            }
            for (var j = i; j > left; j--) items[j] = items[j - 1];
            items[left] = pivot;
        }
    }
}

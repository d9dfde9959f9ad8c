using System;

namespace Consumer
{
    internal static class Program
    {
        private static int Main()
        {
            var failure = CSharp73Consumer.Run();
            if (failure.Length > 0)
            {
                Console.Error.WriteLine("C# 7.3 consumer: " + failure);
                return 1;
            }

            Console.WriteLine("C# 7.3 consumer: a policy built with With… methods, a report, a what-if and equal policies: all as expected");
            return 0;
        }
    }
}

package dev.scriptcast.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private String spoken(String text) {
        return normalizer.normalize(text).spoken();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I have 3 cats.                 | I have three cats.
            It costs 0 now                 | It costs zero now
            We sold 21 units               | We sold twenty-one units
            About 1,234,567 people         | About one million two hundred thirty-four thousand five hundred sixty-seven people
            A 1,999 count                  | A one thousand nine hundred ninety-nine count
            Pi is 3.14                     | Pi is three point one four
            Only .5 left                   | Only point five left
            It fell to -7                  | It fell to minus seven
            Call 007                       | Call zero zero seven
            Room 100 and 1000000           | Room one hundred and one million
            """)
    void readsCountsAndDecimals(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the 1st time                   | the first time
            the 2nd and 3rd                | the second and third
            his 4th try                    | his fourth try
            the 12th, 20th and 21st        | the twelfth, twentieth and twenty-first
            the 101st day                  | the one hundred first day
            the 1990s                      | the nineteen nineties
            back in the '80s               | back in the eighties
            """)
    void readsOrdinalsAndDecades(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Born in 1999.                  | Born in nineteen ninety-nine.
            Since 2000 we grew             | Since two thousand we grew
            In 2005                        | In two thousand five
            By 2024,                       | By twenty twenty-four,
            In 1905                        | In nineteen oh five
            In 1900                        | In nineteen hundred
            From 2019–2021                 | From twenty nineteen to twenty twenty-one
            """)
    void readsYearsAsYears(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Just $5.                       | Just five dollars.
            Only $1                        | Only one dollar
            It was €3.50                   | It was three euros and fifty cents
            A £2.01 fee                    | A two pounds and one penny fee
            Just $0.99                     | Just ninety-nine cents
            Worth $1.5 million             | Worth one point five million dollars
            Raised $20k                    | Raised twenty thousand dollars
            A $1,200 laptop                | A one thousand two hundred dollars laptop
            ¥500 only                      | five hundred yen only
            """)
    void readsCurrency(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Up 50%                         | Up fifty percent
            Up 3.5 %                       | Up three point five percent
            Down -2%                       | Down minus two percent
            """)
    void readsPercentages(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Meet at 9:30                   | Meet at nine thirty
            Meet at 9:05 today             | Meet at nine oh five today
            Meet at 9:00                   | Meet at nine o'clock
            Meet at 14:45                  | Meet at fourteen forty-five
            Meet at 5pm                    | Meet at five pee em
            Meet at 5 PM today             | Meet at five pee em today
            Meet at 7:15 a.m. sharp        | Meet at seven fifteen ay em sharp
            Ends at 6 p.m. Then we go      | Ends at six pee em. Then we go
            Ends at 10:00 am               | Ends at ten ay em
            Lunch at 14:00                 | Lunch at fourteen hundred
            Start at 10:30:15 exactly      | Start at ten thirty and fifteen seconds exactly
            """)
    void readsTimes(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dr. Smith lives on Elm Dr. now | Doctor Smith lives on Elm Drive now
            Mr. and Mrs. Jones met Ms. Lee | Mister and Missus Jones met Miz Lee
            Fruit, e.g. apples             | Fruit, for example, apples
            Fruit, e.g., apples            | Fruit, for example, apples
            One thing, i.e. this           | One thing, that is, this
            Pens, paper, etc. are here     | Pens, paper, et cetera are here
            Pens, paper, etc. Then more    | Pens, paper, et cetera. Then more
            Cats vs. dogs                  | Cats versus dogs
            Prof. Ng and St. Paul          | Professor Ng and Saint Paul
            See No. 5                      | See number five
            """)
    void expandsAbbreviations(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3×4 is 12                      | three times four is twelve
            1920×1080 pixels               | one thousand nine hundred twenty times one thousand eighty pixels
            salt & pepper                  | salt and pepper
            2 + 2 = 4                      | two plus two equals four
            me@home                        | me at home
            Wait… really?                  | Wait, really?
            And then…                      | And then.
            Bold—and brave                 | Bold, and brave
            Bold – and brave               | Bold, and brave
            pages 3–7                      | pages three to seven
            We're #1                       | We're number one
            It is 21°C                     | It is twenty-one degrees Celsius
            half is 1/2 and 3/4            | half is one half and three quarters
            """)
    void speaksSymbols(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It’s Anna’s                    | It's Anna's
            “Hello,” she said              | "Hello," she said
            """)
    void straightensCurlyQuotes(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The 99999999999999999999th time.   | The nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine ninth time.
            It cost $99999999999999999999      | It cost nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine dollars
            It cost $1 and $0.50               | It cost one dollar and fifty cents
            Over 99999999999999999999% now     | Over nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine percent now
            """)
    void readsNumbersTooLongForACountDigitByDigit(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A 2 GB file                    | A two gigabytes file
            Only 1 GB left                 | Only one gigabyte left
            It has 512MB and 1.5 TB        | It has five hundred twelve megabytes and one point five terabytes
            At 3.5 GHz and 48 kHz          | At three point five gigahertz and forty-eight kilohertz
            Took 16 ms, not 1 s            | Took sixteen milliseconds, not one second
            Only 5 µs and 7μs              | Only five microseconds and seven microseconds
            A 12 km walk with 3 kg         | A twelve kilometres walk with three kilograms
            Ran 100 m in 10 s              | Ran one hundred metres in ten seconds
            Streams at 60 fps and 10 Mbps  | Streams at sixty frames per second and ten megabits per second
            Up 25%, 21 °C                  | Up twenty-five percent, twenty-one degrees Celsius
            In the 1990s and the 80s       | In the nineteen nineties and the eighties
            A 2048 MB card                 | A two thousand forty-eight megabytes card
            The GB and MB menus            | The GB and MB menus
            """)
    void readsUnitsAfterANumber(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Out on 2026-12-01.             | Out on December first, twenty twenty-six.
            Out on 1 December 2026.        | Out on the first of December twenty twenty-six.
            Out on Dec 1, 2026.            | Out on December first, twenty twenty-six.
            Out on Sept. 30th              | Out on September thirtieth
            Out by 3 Mar                   | Out by the third of March
            In March 2026 we shipped       | In March twenty twenty-six we shipped
            We may 5 times                 | We may five times
            """)
    void readsDates(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @Test
    void datesKeepTheirWrittenWordsApartForCaptions() {
        assertThat(normalizer.normalize("Out on Dec 1, 2026 and 3 May.").writtenWords())
                .containsExactly("Out", "on", "Dec", "1,", "2026", "and", "3", "May.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Call 555-123-4567 now          | Call five five five, one two three, four five six seven now
            Call (555) 123-4567            | Call five five five, one two three, four five six seven
            Call +1 555 123 4567           | Call plus one, five five five, one two three, four five six seven
            Call 0800 123 456              | Call zero eight zero zero, one two three, four five six
            Pages 100-200                  | Pages one hundred to two hundred
            2 + 2 = 4                      | two plus two equals four
            """)
    void readsPhoneNumbersDigitByDigit(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Get v2.3.1 today               | Get version two point three point one today
            Version v3 is out.             | version three is out.
            Java 1.0.12 shipped            | Java one point zero point twelve shipped
            Pi is 3.14                     | Pi is three point one four
            """)
    void readsVersionNumbersPartByPart(String text, String expected) {
        assertThat(spoken(text)).isEqualTo(expected);
    }
}

// Common Danish given names and surnames. A generated person is a random combination of them:
// the names are real, the persons are not.

export const FEMALE_NAMES: readonly string[] = `
Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Inge Karen Lone Bente Camilla Pia Louise Charlotte
Jette Tina Gitte Ida Emma Julie Sofie Laura Caroline Rikke Christina Birgit Lise Katrine Mia Sara Maja Freja Clara
Nanna Signe Cecilie Amalie Josefine Line Marie Malene Trine Dorte Heidi Ulla Vibeke Janne Berit Grethe Inger Ruth
Ellen Else Birthe Ingrid Lis Tove Jytte Kamilla Stine Sanne Karina Anja Henriette Mathilde Alberte Agnes Ella Alma
Olivia Asta Ellen Esther Frida Luna Nora Vera Liva Lærke Karla Isabella Victoria Emilie Sille Astrid Johanne Andrea
Rebecca Natasja Simone Nadia Yasmin Fatima Aisha Leila Amina Zeynep Elif Natalia Agnieszka Joanna Ewa Daniela
Jasmin Pernille Maiken Mie Rie Tanja Dorthe Annette Merete Lisbeth Gunhild Solveig Hjørdis Dagmar Edith Karoline
Marianne Benedikte Helena Sigrid Thea Lea Molly Silje Tilde Ronja Naja Aya Merle Saga Ebba Kaja Filippa Othilia
`
  .split(/\s+/)
  .filter((name, i, all) => name !== '' && all.indexOf(name) === i);

export const MALE_NAMES: readonly string[] = `
Peter Jens Michael Lars Henrik Thomas Søren Jan Niels Christian Martin Jørgen Hans Anders Rasmus Per Morten Erik
Ole Kim Mads Poul Frederik Jesper Mikkel Bo Torben Kristian Steen Claus Carsten Brian Kenneth Flemming Allan Johnny
Jakob Nikolaj Simon Jonas Lasse Daniel Kasper Mathias Emil Oliver William Noah Lucas Victor Magnus Alexander Malthe
Elias Oscar Karl Aksel Valdemar Alfred Arthur August Carl Theo Felix Storm Otto Viggo Hugo Benjamin Sebastian Tobias
Marcus Patrick Dennis René Bjarne Finn Leif Kurt Bent Knud Preben Svend Arne Aage Holger Gunnar Villy Erling Tage
Benny Ib Palle Keld Torben Mogens Ejnar Harald Gustav Ludvig Anton Johan Adam Sander Philip Christoffer Rune Jeppe
Esben Troels Anders Ulrik Stefan Dan Ahmed Mohammad Ali Hassan Omar Yusuf Mustafa Emre Mehmet Tomasz Piotr Marek
Andrei Ivan Jonathan Benjamin Mikael Bjørn Asger Bertil Halfdan Ebbe Sigurd Laurits Villads Konrad Elmer Bastian
`
  .split(/\s+/)
  .filter((name, i, all) => name !== '' && all.indexOf(name) === i);

export const SURNAMES: readonly string[] = `
Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen
Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Jacobsen Mikkelsen Olesen Frederiksen
Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen
Jespersen Nissen Lauridsen Kjær Jepsen Frandsen Østergaard Søndergaard Nørgaard Vestergaard Bach Kjeldsen Carlsen
Dam Bertelsen Lauritsen Thygesen Toft Bruun Munk Hougaard Mathiasen Overgaard Holst Krogh Berg Friis Bang Dahl
Lindberg Koch Juhl Kjeldgaard Kristoffersen Abildgaard Storm Skov Winther Eskildsen Ibsen Kofoed Brandt Lassen
Damgaard Hald Vinther Schou Steffensen Villadsen Ravn Jessen Bech Dalsgaard Lindholm Kruse Dideriksen Baagøe Buch
Gregersen Kirkegaard Lund-Hansen Skovgaard Bjerre Gade Thorsen Asmussen Graversen Hviid Mortensen Bonde Kaas Riis
Krogsgaard Husted Hedegaard Wulff Nygaard Juul Falk Lykke Mørk Borup Holt Bak Kjær-Nielsen Vinding Emborg Rosendahl
Termansen Faber Ebbesen Halvorsen Nørregaard Sloth Møllgaard Fogh Krag Bisgaard Lindgaard Hvass Gram Stokholm
Yilmaz Hussein Ali Ahmed Kaya Demir Nowak Kowalski Wiśniewski Popescu Ivanov Novak Hassan Khan Nguyen Tran
Ottosen Kirk Boesen Engelbrecht Hovgaard Kjærsgaard Lorentzen Marcussen Nikolajsen Pallesen Quist Refsgaard Rønne Schultz Thrane Utoft Vammen Westergaard Åberg Ærenlund Agger Bjerregaard Daugaard Enevoldsen Flindt Grønbech Brix Elkjær Sand Glud Strand Knudsen Søgaard Buus Thøgersen Hjort Gravesen Agerskov Bundgaard
`
  .split(/\s+/)
  .filter((name, i, all) => name !== '' && all.indexOf(name) === i);
